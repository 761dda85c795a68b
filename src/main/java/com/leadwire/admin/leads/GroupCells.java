package com.leadwire.admin.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.leadwire.admin.Badges;
import com.leadwire.admin.PanelTimes;
import com.leadwire.leads.LeadGroupKind;
import com.leadwire.leads.LeadGroupStatus;
import com.leadwire.leads.LeadGroupView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * What the list shows of a group, in the reader's language: its name and who is in it, what each
 * follow-up set sends, and its status. A default group as it came is named in the reader's language.
 */
class GroupCells {

    private final Component reader;
    private final Locale locale;
    private final Clock clock;

    GroupCells(Component reader, Locale locale, Clock clock) {
        this.reader = reader;
        this.locale = locale;
        this.clock = clock;
    }

    /** The name with its badges (default, A/B test), the description, and who is in a custom group. */
    Component group(LeadGroupView group) {
        Span name = new Span(nameOf(group));
        name.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
        Div title = new Div(name);
        if (group.kind() == LeadGroupKind.DEFAULT) {
            title.add(Badges.neutral(reader.getTranslation("leadgroups.default")));
        }
        if (group.sequenceIds().size() > 1) {
            Span ab = Badges.warning(reader.getTranslation("leadgroups.ab"));
            ab.setTitle(reader.getTranslation("leadgroups.ab.help", group.sequenceIds().size()));
            title.add(ab);
        }
        Div cell = new Div(title);
        String about = descriptionOf(group);
        if (about != null && !about.isBlank()) {
            cell.add(secondary(about));
        }
        if (group.kind() == LeadGroupKind.CUSTOM) {
            cell.add(secondary(who(group)));
        }
        return cell;
    }

    /** "Leads from: Unfinished orders · pt-BR · Brazil · Curso A, Curso B". */
    private String who(LeadGroupView group) {
        List<String> parts = new ArrayList<>();
        parts.add(reader.getTranslation("leadgroups.source." + group.source().name()));
        if (group.language() != null) {
            parts.add(group.language());
        }
        if (group.country() != null) {
            parts.add(new Locale("", group.country()).getDisplayCountry(locale));
        }
        if (!group.products().isEmpty()) {
            parts.add(String.join(", ", group.products()));
        }
        return reader.getTranslation("leadgroups.who", String.join(" · ", parts));
    }

    private static Div secondary(String text) {
        Div line = new Div(text);
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    /** A default group as it came is named in the reader's language; once renamed, as written. */
    String nameOf(LeadGroupView group) {
        return asSeeded(group) ? reader.getTranslation("leadgroups.source." + group.source().name()) : group.name();
    }

    String descriptionOf(LeadGroupView group) {
        return asSeeded(group) ? reader.getTranslation("leadgroups.source." + group.source().name() + ".help") : group.description();
    }

    private boolean asSeeded(LeadGroupView group) {
        return group.kind() == LeadGroupKind.DEFAULT
                && group.name().equals(reader.getTranslation(Locale.ENGLISH, "leadgroups.source." + group.source().name()));
    }

    /** One line per follow-up set ("A: 1 h, 1 day" when it tests several), its send times or its discounts. */
    Component perSet(LeadGroupView group, boolean sendTimes) {
        Div cell = new Div();
        if (group.variants().isEmpty()) {
            cell.setText(sendTimes ? reader.getTranslation("leadgroups.noSequence") : "");
            return cell;
        }
        for (int i = 0; i < group.variants().size(); i++) {
            FollowUpSummary summary = FollowUpSummary.of(group.variants().get(i));
            String text = sendTimes ? summary.sendTimes(reader) : summary.discounts(reader);
            cell.add(new Div(group.variants().size() > 1 ? (char) ('A' + i) + ": " + text : text));
        }
        return cell;
    }

    /** Active, Inactive, or "Starts on …" for an active group that waits for its start. */
    Component status(LeadGroupView group) {
        if (group.status() == LeadGroupStatus.INACTIVE) {
            return Badges.neutral(reader.getTranslation("leadgroups.status.INACTIVE"));
        }
        if (group.startsAt() != null && group.startsAt().isAfter(clock.instant())) {
            return Badges.warning(reader.getTranslation("leadgroups.status.startsOn", PanelTimes.shortDateTime(group.startsAt(), locale)));
        }
        return Badges.success(reader.getTranslation("leadgroups.status.ACTIVE"));
    }
}
