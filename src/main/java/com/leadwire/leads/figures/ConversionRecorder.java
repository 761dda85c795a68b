package com.leadwire.leads.figures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.automation.sequences.FollowUpFigures;
import com.leadwire.automation.sequences.FollowUpFigures.Reached;
import com.leadwire.leads.LeadConverted;
import com.leadwire.pipeline.DealEnteredStage;
import com.leadwire.pipeline.DealView;
import com.leadwire.pipeline.Deals;
import com.leadwire.pipeline.PaymentStatus;
import com.leadwire.pipeline.PaymentStatusReceived;
import com.leadwire.pipeline.StageKind;

/**
 * Records a lead's conversion in the transaction of the win or the payment: every lead that entered
 * a group for this deal and has not converted yet, with the deal's value and how far its follow-up
 * got (the step of the last e-mail sent before it). Whichever of the two comes first counts; a lead
 * converts once, and {@link LeadConverted} says so (an A/B test checks its targets).
 */
@Component
class ConversionRecorder {

    private static final Logger log = LoggerFactory.getLogger(ConversionRecorder.class);

    private record Lead(long groupId, long contactId, Long followUpId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FollowUpFigures followUps;
    private final Deals deals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversionRecorder(NamedParameterJdbcTemplate jdbc, FollowUpFigures followUps, Deals deals, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.deals = deals;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(DealEnteredStage event) {
        if (event.toKind() == StageKind.WON) {
            record(event.dealId(), "won in stage " + event.toStageId());
        }
    }

    @EventListener
    void on(PaymentStatusReceived event) {
        if (event.applied() && event.status() == PaymentStatus.SUCCEEDED) {
            record(event.dealId(), "payment " + event.paymentId() + " succeeded");
        }
    }

    private void record(long dealId, String why) {
        Instant now = clock.instant();
        List<Lead> leads = jdbc.query("""
                SELECT m.group_id, m.contact_id, m.follow_up_id FROM lead_member m
                WHERE m.deal_id = :deal AND m.entered_at <= :now
                  AND NOT EXISTS (SELECT 1 FROM lead_conversion c WHERE c.group_id = m.group_id AND c.contact_id = m.contact_id)""",
                new MapSqlParameterSource("deal", dealId).addValue("now", Timestamp.from(now)),
                (rs, n) -> new Lead(rs.getLong("group_id"), rs.getLong("contact_id"), rs.getObject("follow_up_id", Long.class)));
        if (leads.isEmpty()) {
            return;
        }
        DealView deal = deals.find(dealId).orElse(null);
        for (Lead lead : leads) {
            Reached reached = lead.followUpId() == null ? new Reached(null, null) : followUps.reached(lead.followUpId());
            jdbc.update("""
                    INSERT INTO lead_conversion (group_id, contact_id, deal_id, follow_up_id, converted_at, amount, currency, last_step,
                                                 first_sent_at)
                    VALUES (:group, :contact, :deal, :followUp, :now, :amount, :currency, :step, :firstSent)""",
                    new MapSqlParameterSource("group", lead.groupId()).addValue("contact", lead.contactId()).addValue("deal", dealId)
                            .addValue("followUp", lead.followUpId()).addValue("now", Timestamp.from(now))
                            .addValue("amount", deal == null ? null : deal.amount()).addValue("currency", deal == null ? null : deal.currency())
                            .addValue("step", reached.lastSentStep())
                            .addValue("firstSent", reached.firstSentAt() == null ? null : Timestamp.from(reached.firstSentAt())));
            events.publishEvent(new LeadConverted(lead.groupId(), lead.contactId(), dealId));
            log.info("Lead of group {} converted: contact {}, deal {} ({}), after follow-up e-mail {}", lead.groupId(), lead.contactId(),
                    dealId, why, reached.lastSentStep() == null ? "none" : reached.lastSentStep());
        }
    }
}
