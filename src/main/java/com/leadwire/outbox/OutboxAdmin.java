package com.leadwire.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.leadwire.shared.NotFoundException;

/** What an admin sees of the outbox and may do with it: counts, dead rows, retry of a dead row. */
@Service
public class OutboxAdmin {

    private static final Logger log = LoggerFactory.getLogger(OutboxAdmin.class);
    private static final int MAX_LISTED = 500;

    private final OutboxRows rows;

    OutboxAdmin(OutboxRows rows) {
        this.rows = rows;
    }

    public Map<String, Long> countsByStatus() {
        return rows.countsByStatus();
    }

    public List<OutboxEntry> dead(int limit) {
        return rows.withStatus(OutboxRows.DEAD, Math.min(Math.max(limit, 1), MAX_LISTED));
    }

    public void retry(long id, String actor) {
        if (!rows.revive(id, Instant.now())) {
            throw new NotFoundException("no dead outbox message " + id);
        }
        log.info("Outbox {} retried by {}", id, actor);
    }
}
