package com.leadwire.imports;

import java.time.Instant;
import java.util.Map;

/**
 * An import's options and progress: {@code rowsDone} of {@code totalRows} (non-blank data rows),
 * each done row counted once as {@code created} (new contact), {@code merged} (into an existing
 * contact) or {@code rejected}. {@code pipelineId} and {@code stageId} are where the deals enter when the
 * admin chose that (else the source's placement decides).
 */
public record ImportJobView(long id, ImportState state, String fileName, String source, boolean createDeals,
                            Map<String, String> mapping, int totalRows, int rowsDone, int created, int merged,
                            int rejected, int dealsCreated, String failure, String requestedBy, Instant createdAt,
                            Instant startedAt, Instant finishedAt, Long pipelineId, Long stageId) {

    /** Still waiting or running: its counters will change. */
    public boolean inProgress() {
        return state == ImportState.QUEUED || state == ImportState.RUNNING;
    }
}
