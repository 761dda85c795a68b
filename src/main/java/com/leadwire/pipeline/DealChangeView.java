package com.leadwire.pipeline;

import java.time.Instant;

/**
 * One change on a deal besides its stage, old → new, with who did it: {@code what} is
 * {@code title}, {@code value}, {@code products}, {@code fields.<name>}, {@code responsible} or
 * {@code email} (an e-mail sent from the deal page; its subject and recipient are the new value).
 */
public record DealChangeView(long id, long dealId, String what, String oldValue, String newValue, String actor, Instant at) {
}
