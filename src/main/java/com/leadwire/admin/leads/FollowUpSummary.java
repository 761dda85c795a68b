package com.leadwire.admin.leads;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.leadwire.admin.sequences.Wait;
import com.leadwire.automation.sequences.SequenceEmail;
import com.leadwire.automation.sequences.SequenceView;
import com.leadwire.leads.LeadGroupView;
import com.vaadin.flow.component.Component;

/**
 * What a follow-up set sends, as a sales person reads it: the send times "1 h, 1 day, 3 days" (each
 * after the previous e-mail) and the discounts "10%, 15%".
 */
record FollowUpSummary(List<Duration> delays, List<BigDecimal> discounts) {

    static FollowUpSummary of(SequenceView sequence) {
        return new FollowUpSummary(sequence.emails().stream().map(SequenceEmail::delayDuration).toList(),
                sequence.emails().stream().map(SequenceEmail::discountPercent).toList());
    }

    static FollowUpSummary of(LeadGroupView.Variant variant) {
        return new FollowUpSummary(variant.sendTimes().stream().map(Duration::parse).toList(), variant.discounts());
    }

    String sendTimes(Component reader) {
        return delays.stream().map(Wait::of)
                .map(wait -> reader.getTranslation("leadgroups.wait." + wait.unit().name(), wait.amount()))
                .collect(Collectors.joining(", "));
    }

    /** Per e-mail, in the order of the send times: "–, 10%, 15%"; "None" when no e-mail offers one. */
    String discounts(Component reader) {
        if (discounts.stream().allMatch(Objects::isNull)) {
            return reader.getTranslation("leadgroups.noDiscount");
        }
        return discounts.stream().map(discount -> discount == null ? "–" : discount.stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(", "));
    }
}
