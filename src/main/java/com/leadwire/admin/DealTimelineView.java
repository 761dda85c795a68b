package com.leadwire.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.leadwire.automation.HeldEmailView;
import com.leadwire.automation.RuleFiring;
import com.leadwire.automation.TimelineEntry;
import com.leadwire.automation.sequences.FollowUpNote;
import com.leadwire.pipeline.DealChangeView;
import com.leadwire.pipeline.StageMoveView;
import com.leadwire.telegram.DealMessageView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A deal's story, newest first: its stage changes, the rules that fired for it (each with why),
 * people's changes (old → new, who), e-mails sent from the page, both sides of Telegram, and its
 * follow-up sequences (started, each e-mail with its status, stopped with why).
 */
class DealTimelineView extends VerticalLayout {

    private static final DateTimeFormatter HELD_UNTIL = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm");

    DealTimelineView(List<TimelineEntry> entries) {
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("deal.timeline")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("deal.timeline.empty")));
        }
        entries.forEach(entry -> add(switch (entry.kind()) {
            case STAGE_CHANGE -> stageChange(entry);
            case RULE_FIRING -> firing(entry);
            case CHANGE -> change(entry);
            case MESSAGE -> message(entry);
            case FOLLOW_UP -> followUp(entry);
            case HELD_EMAIL -> heldEmail(entry);
        }));
    }

    private Component followUp(TimelineEntry entry) {
        FollowUpNote note = entry.followUp();
        String line = switch (note.what()) {
            case STARTED -> getTranslation("sequences.timeline.started", note.sequenceName(), note.by());
            case EMAIL -> getTranslation("sequences.timeline.email", note.sequenceName(), note.step(),
                    note.subject() == null ? note.template() : note.subject(), note.recipient() == null ? "-" : note.recipient(),
                    getTranslation("sequences.email.status." + note.emailStatus().name()))
                    + (note.detail() == null ? "" : " (" + note.detail() + ")");
            case COMPLETED -> getTranslation("sequences.timeline.completed", note.sequenceName());
            case STOPPED -> getTranslation("sequences.timeline.stopped", note.sequenceName(),
                    getTranslation("sequences.stop." + note.stopReason().name()));
        };
        Div shown = new Div(new Span(when(entry) + " · " + line));
        shown.addClassName("timeline-follow-up");
        return shown;
    }

    private Component heldEmail(TimelineEntry entry) {
        HeldEmailView held = entry.heldEmail();
        String until = HELD_UNTIL.withLocale(getLocale()).format(held.heldUntil().atZone(held.zone())) + " " + held.zone().getId();
        Div shown = new Div(new Span(when(entry) + " · " + getTranslation("sending.timeline.held", held.template(), held.ruleName(), until,
                getTranslation("sending.reason." + held.reason().name()), getTranslation("sending.timeline.status." + held.status().name()))));
        shown.addClassName("timeline-held-email");
        return shown;
    }

    private Component change(TimelineEntry entry) {
        DealChangeView change = entry.change();
        String line = change.what().equals("email") ? getTranslation("dealpage.timeline.email", change.newValue(), change.actor())
                : change.what().equals("claim") ? getTranslation("access.timeline.claim", change.newValue(), change.actor())
                : getTranslation("dealpage.timeline.change", what(change.what()), shown(change.oldValue()), shown(change.newValue()),
                        change.actor());
        return new Div(new Span(when(entry) + " · " + line));
    }

    private Component message(TimelineEntry entry) {
        DealMessageView message = entry.message();
        String key = message.direction() == DealMessageView.Direction.IN ? "dealpage.timeline.telegramIn" : "dealpage.timeline.telegramOut";
        Span text = new Span(message.text());
        text.getStyle().set("white-space", "pre-wrap");
        Div line = new Div(new Span(when(entry) + " · " + getTranslation(key) + ": "), text);
        line.addClassName("timeline-message");
        return line;
    }

    private String what(String what) {
        return what.startsWith("fields.") ? what.substring("fields.".length()) : getTranslation("dealpage.what." + what);
    }

    private String shown(String value) {
        return value == null ? getTranslation("dealpage.timeline.empty") : value;
    }

    private Component stageChange(TimelineEntry entry) {
        StageMoveView move = entry.stageChange();
        String moved = move.fromStageName() == null
                ? getTranslation("deal.timeline.created", move.toStageName(), move.actor())
                : getTranslation("deal.timeline.moved", move.fromStageName(), move.toStageName(), move.actor());
        return new Div(new Span(when(entry) + " · " + moved + (move.note() == null ? "" : " · " + move.note())));
    }

    private Component firing(TimelineEntry entry) {
        RuleFiring firing = entry.ruleFiring();
        VerticalLayout block = new VerticalLayout();
        block.setPadding(false);
        block.setSpacing(false);
        block.addClassName("timeline-firing");
        block.getStyle().set("padding", "var(--lumo-space-xs) 0");
        Span outcome = switch (firing.outcome()) {
            case FIRED -> Badges.success(getTranslation("deal.timeline.fired"));
            case SKIPPED_AUTOMATION_OFF -> Badges.neutral(getTranslation("deal.timeline.skipped"));
            case STOPPED_CHAIN_TOO_DEEP -> Badges.error(getTranslation("deal.timeline.stopped"));
        };
        Span headline = new Span(when(entry) + " · " + getTranslation("deal.timeline.rule", firing.ruleName(),
                RuleWords.triggerType(firing.trigger())) + " ");
        block.add(new Div(headline, outcome));
        if (firing.origin() != null) {
            block.add(indented(new Span(getTranslation("deal.timeline.origin", firing.origin()))));
        }
        firing.conditions().forEach(condition -> block.add(indented(new Span(RuleWords.condition(condition)))));
        firing.actions().forEach(action -> block.add(indented(DryRunReportView.actionLine(action))));
        return block;
    }

    private static Component indented(Component line) {
        line.getElement().getStyle().set("padding-left", "var(--lumo-space-l)").set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private String when(TimelineEntry entry) {
        return PanelTimes.shortDateTime(entry.at(), getLocale());
    }
}
