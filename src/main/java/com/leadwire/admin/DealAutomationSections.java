package com.leadwire.admin;

import org.springframework.stereotype.Component;

import com.leadwire.automation.DealTimeline;
import com.leadwire.automation.DryRunRequest;
import com.leadwire.automation.DryRuns;
import com.leadwire.automation.timers.Timers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What automation adds to a deal's page: its timeline (stage changes and rule firings with why),
 * its pending timers, and "which rules would fire now?".
 */
@Component
class DealAutomationSections {

    private final DealTimeline timeline;
    private final DryRuns dryRuns;
    private final Timers timers;

    DealAutomationSections(DealTimeline timeline, DryRuns dryRuns, Timers timers) {
        this.timeline = timeline;
        this.dryRuns = dryRuns;
        this.timers = timers;
    }

    PendingTimersView pendingTimers(long dealId) {
        return new PendingTimersView(timers.listOf(dealId));
    }

    DealTimelineView timeline(long dealId) {
        return new DealTimelineView(timeline.of(dealId));
    }

    /** A button that dry-runs every saved rule against the deal as it is now, and the rules that would fire. */
    VerticalLayout rulesNow(long dealId) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        DryRunReportView report = new DryRunReportView();
        Button ask = new Button(section.getTranslation("deal.rulesNow"), VaadinIcon.QUESTION_CIRCLE_O.create(),
                click -> report.show(dryRuns.run(new DryRunRequest(dealId, null, null, null, null)), null, true));
        ask.setId("rules-now");
        section.add(new H3(section.getTranslation("deal.rulesNow.title")), ask, report);
        return section;
    }
}
