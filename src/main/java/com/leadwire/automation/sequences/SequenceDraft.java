package com.leadwire.automation.sequences;

import java.util.List;

/** A sequence as it is written: a name, one to three e-mails, and an optional BCC address for each of them. */
public record SequenceDraft(String name, List<SequenceEmail> emails, String bcc) {

    public SequenceDraft {
        emails = emails == null ? List.of() : emails;
    }
}
