package com.leadwire.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.leadwire.shared.NotFoundException;

/** What an admin sees of the outbox and may do with it: counts, the messages page by page, the backlog, retry. */
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
        return page(new OutboxFilter(OutboxState.DEAD, null), 0, limit);
    }

    /** Newest first; {@code limit} is capped at {@value #MAX_LISTED}. */
    public List<OutboxEntry> page(OutboxFilter filter, int offset, int limit) {
        return rows.page(filter, Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_LISTED));
    }

    public OutboxBacklog backlog() {
        return rows.backlog();
    }

    /**
     * A dead message gets a fresh set of attempts; a failed one waiting for its next attempt is
     * tried now. Any other message (pending, being sent, sent) cannot be retried.
     */
    public void retry(long id, String actor) {
        Instant now = Instant.now();
        if (rows.revive(id, now)) {
            log.info("Outbox {} (dead) retried by {}", id, actor);
        } else if (rows.retryNow(id, now)) {
            log.info("Outbox {} (failed) tried again now by {}", id, actor);
        } else {
            throw new NotFoundException("no dead or failed outbox message " + id);
        }
    }
}
