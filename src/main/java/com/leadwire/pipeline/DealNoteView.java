package com.leadwire.pipeline;

import java.time.Instant;

public record DealNoteView(long id, long dealId, String text, String author, Instant at) {
}
