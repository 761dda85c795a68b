package com.leadwire.automation.sequences;

import java.time.Instant;
import java.util.List;

/** A stored sequence. */
public record SequenceView(long id, String name, List<SequenceEmail> emails, String bcc, Instant createdAt, Instant updatedAt) {

    public SequenceDraft draft() {
        return new SequenceDraft(name, emails, bcc);
    }
}
