package com.leadwire.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import com.leadwire.leads.LeadFigures;
import com.leadwire.outbox.OutboxChannel;
import com.leadwire.outbox.SentMessages;
import com.leadwire.pipeline.DealStatistics;
import com.leadwire.pipeline.Pipelines;
import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;
import com.leadwire.shared.ParallelReads;

/**
 * The figures of the dashboard, for the panel and the API alike. A period is a range of whole
 * days in the server's time zone (the one the panel shows times in); without one, the last
 * {@value #DEFAULT_DAYS} days up to today. The lead-management figures are of every lead group,
 * whatever the pipeline.
 */
@Service
public class Dashboard {

    static final int DEFAULT_DAYS = 30;

    private final DealStatistics statistics;
    private final SentMessages sent;
    private final Pipelines pipelines;
    private final Clock clock;
    private final ParallelReads reads;
    private final LeadFigures leads;

    Dashboard(DealStatistics statistics, SentMessages sent, Pipelines pipelines, Clock clock, ParallelReads reads, LeadFigures leads) {
        this.statistics = statistics;
        this.sent = sent;
        this.pipelines = pipelines;
        this.clock = clock;
        this.reads = reads;
        this.leads = leads;
    }

    /** Today in the dashboard's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** The first day of the default period, which ends today. */
    public LocalDate defaultFrom() {
        return today().minusDays(DEFAULT_DAYS - 1);
    }

    /**
     * The figures of the pipeline ({@code null}: the first one) for the days {@code from} to
     * {@code to}, both included ({@code null}: the default period's).
     */
    public DashboardFigures of(Long pipelineId, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? defaultFrom() : from;
        LocalDate last = to == null ? today() : to;
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "the period's last day (" + last + ") is before its first day (" + first + ")");
        }
        long pipeline = pipelineId != null ? pipelineId
                : pipelines.all().stream().findFirst().orElseThrow(() -> new NotFoundException("there is no pipeline yet")).id();
        ZoneId zone = zone();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        var emailsSent = reads.start(() -> sent.count(OutboxChannel.MAIL, start, end));
        var leadManagement = reads.start(() -> leads.of(start, end));
        var figures = statistics.of(pipeline, start, end).orElseThrow(() -> new NotFoundException("no pipeline " + pipeline));
        return new DashboardFigures(first, last, zone, figures, ParallelReads.result(emailsSent),
                ParallelReads.result(leadManagement));
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
