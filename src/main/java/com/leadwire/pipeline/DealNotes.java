package com.leadwire.pipeline;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leadwire.shared.InvalidInputException;
import com.leadwire.shared.NotFoundException;

/** Notes people write on a deal (the deal page, {@code /api/v1/deals/{id}/notes}); a rep's on their own and unassigned deals. */
@Service
@Transactional(readOnly = true)
public class DealNotes {

    private static final Logger log = LoggerFactory.getLogger(DealNotes.class);
    private static final int MAX_TEXT = 4000;

    private final DealRepository deals;
    private final DealNoteRows rows;
    private final DealAccess access;
    private final Clock clock;

    DealNotes(DealRepository deals, DealNoteRows rows, DealAccess access, Clock clock) {
        this.deals = deals;
        this.access = access;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional
    public DealNoteView add(long dealId, String text, String author) {
        requireDeal(dealId);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the note first.");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("text", "A note has at most " + MAX_TEXT + " characters.");
        }
        DealNoteView note = rows.insert(dealId, text.strip(), author, clock.instant());
        log.info("Deal {}: note {} added by {}", dealId, note.id(), author);
        return note;
    }

    /** Newest first. */
    public List<DealNoteView> of(long dealId) {
        requireDeal(dealId);
        return rows.of(dealId);
    }

    private void requireDeal(long dealId) {
        access.requireWorkable(deals.findById(dealId).orElseThrow(() -> new NotFoundException("no deal " + dealId)));
    }
}
