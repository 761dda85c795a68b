package com.leadwire.contacts;

import java.time.Instant;

/** A contact asked for no more marketing e-mail (their link, or an admin for them); {@code actor} says who. */
public record ContactUnsubscribed(long contactId, String actor, Instant at) {
}
