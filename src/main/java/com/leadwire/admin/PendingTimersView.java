package com.leadwire.admin;

import java.util.List;

import com.leadwire.automation.timers.ListedTimer;
import com.leadwire.automation.timers.TimerKind;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A deal's pending timers, soonest first: which rule will look at the deal again, and when. */
class PendingTimersView extends VerticalLayout {

    PendingTimersView(List<ListedTimer> timers) {
        setPadding(false);
        setSpacing(false);
        addClassName("pending-timers");
        add(new H3(getTranslation("deal.timers")));
        if (timers.isEmpty()) {
            add(new Paragraph(getTranslation("deal.timers.empty")));
        }
        for (ListedTimer listed : timers) {
            String rule = listed.ruleName() == null ? getTranslation("deal.timers.deletedRule") : listed.ruleName();
            String kind = getTranslation(listed.timer().kind() == TimerKind.IDLE_IN_STAGE ? "deal.timers.idle" : "deal.timers.delay");
            add(new Span(getTranslation("deal.timers.line", PanelTimes.shortDateTime(listed.timer().dueAt(), getLocale()), rule, kind)));
        }
    }
}
