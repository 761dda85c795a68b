package com.leadwire.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leadwire.dashboard.Dashboard;
import com.leadwire.dashboard.DashboardFigures;
import com.leadwire.leads.LeadManagementFigures;
import com.leadwire.leads.LeadManagementFigures.GroupFigures;
import com.leadwire.pipeline.PipelineStatistics.Amount;
import com.leadwire.pipeline.PipelineStatistics.SourceFigures;
import com.leadwire.pipeline.PipelineStatistics.StageFigures;
import com.leadwire.pipeline.SourceKind;
import com.leadwire.pipeline.StageKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The dashboard's figures: what the panel's dashboard shows, as JSON. */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard")
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    record Figures(long pipelineId, String pipeline,
                   @Schema(description = "first day of the period") LocalDate from,
                   @Schema(description = "last day of the period (included)") LocalDate to,
                   @Schema(description = "the time zone the days are counted in") String zone,
                   @Schema(description = "false when the pipeline holds no deal at all") boolean hasDeals,
                   @Schema(description = "e-mails delivered during the period, from every pipeline") long emailsSent,
                   List<Stage> stages, List<Source> sources,
                   @Schema(description = "the lead groups' follow-ups in the period, from every pipeline") LeadManagement leadManagement) {
    }

    record Stage(long stageId, String name, StageKind kind,
                 @Schema(description = "deals in the stage at any time of the period (a won or lost stage: that entered it "
                         + "during the period)") long deals,
                 @Schema(description = "the sum of those deals' values, per currency") List<Amount> value,
                 @Schema(description = "how many of those deals are in a won stage now") long nowWon,
                 @Schema(description = "nowWon / deals, from 0 to 1; null when the stage had no deal") Double conversion,
                 @Schema(description = "stays in the stage that ended during the period") long left,
                 @Schema(description = "the median length of those stays in seconds; null when none ended") Double medianSecondsInStage) {
    }

    record Source(@Schema(description = "null for deals without a source") Long sourceId,
                  @Schema(description = "null for deals without a source or of a deleted source") String name, SourceKind kind,
                  @Schema(description = "deals the source brought into the pipeline during the period") long deals,
                  @Schema(description = "how many of those deals are in a won stage now") long won,
                  @Schema(description = "the sum of the won deals' values, per currency") List<Amount> wonValue) {
    }

    @Schema(description = "Lead management: what the lead groups' follow-up e-mails did in the period. A lead converts when, after it "
            + "entered its group, its deal reaches a won stage or its payment succeeds.")
    record LeadManagement(@Schema(description = "every lead group, the highest priority first, then deleted groups that sent "
                                  + "something in the period") List<LeadGroupFigures> groups,
                          @Schema(description = "all groups together") LeadGroupFigures total) {
    }

    record LeadGroupFigures(@Schema(description = "null in the total") Long groupId,
                            @Schema(description = "null in the total and for a deleted group") String name,
                            @Schema(description = "the group was deleted since") boolean deleted,
                            @Schema(description = "leads whose first follow-up e-mail was sent (fell due) in the period") long targetedLeads,
                            @Schema(description = "how many of those bought after a follow-up e-mail, until now") long convertedLeads,
                            @Schema(description = "convertedLeads / targetedLeads, from 0 to 1; null when no lead was targeted") Double conversion,
                            @Schema(description = "steps 1 to 3 of the follow-ups") List<LeadStep> steps,
                            @Schema(description = "the revenue of the leads that bought in the period after a follow-up e-mail: their "
                                    + "deal's value when they bought, per currency") List<Amount> value) {
    }

    record LeadStep(int step,
                    @Schema(description = "this step's e-mails sent that fell due in the period") long emailsSent,
                    @Schema(description = "the revenue of the period's conversions whose last follow-up e-mail before buying was this "
                            + "step's, per currency") List<Amount> value) {
    }

    @GetMapping
    @Operation(summary = "A pipeline's figures for a period: per stage, per source, e-mails sent, lead management",
            description = "Days are counted in the server's time zone (named in the answer); from and to are both included. "
                    + "Without pipelineId, the first pipeline; without from and to, the last 30 days up to today. A date that is "
                    + "not YYYY-MM-DD, or a period that ends before it begins, is refused with 422 naming the parameter; an "
                    + "unknown pipeline with 404.")
    Figures figures(@RequestParam(required = false) Long pipelineId,
                    @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) String from,
                    @Parameter(description = "last day (included), YYYY-MM-DD") @RequestParam(required = false) String to) {
        DashboardFigures figures = dashboard.of(pipelineId, ApiDays.parse("from", from), ApiDays.parse("to", to));
        var statistics = figures.pipeline();
        return new Figures(statistics.pipeline().id(), statistics.pipeline().name(), figures.from(), figures.to(),
                figures.zone().getId(), statistics.hasDeals(), figures.emailsSent(),
                statistics.stages().stream().map(DashboardController::stage).toList(),
                statistics.sources().stream().map(DashboardController::source).toList(), leadManagement(figures.leadManagement()));
    }

    private static LeadManagement leadManagement(LeadManagementFigures figures) {
        return new LeadManagement(figures.groups().stream().map(DashboardController::group).toList(), group(figures.total()));
    }

    private static LeadGroupFigures group(GroupFigures figures) {
        return new LeadGroupFigures(figures.groupId(), figures.name(), figures.deleted(), figures.targetedLeads(), figures.convertedLeads(),
                figures.conversion(), figures.steps().stream().map(step -> new LeadStep(step.step(), step.emailsSent(), step.value())).toList(),
                figures.value());
    }

    private static Stage stage(StageFigures figures) {
        Duration median = figures.medianTime();
        return new Stage(figures.stage().id(), figures.stage().name(), figures.stage().kind(), figures.deals(), figures.value(),
                figures.nowWon(), figures.conversion(), figures.left(), median == null ? null : median.toMillis() / 1000.0);
    }

    private static Source source(SourceFigures figures) {
        return new Source(figures.sourceId(), figures.name(), figures.kind(), figures.deals(), figures.won(), figures.wonValue());
    }
}
