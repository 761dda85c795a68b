package com.leadwire.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The inbound events as admins and API clients read them: page by page, newest first, secrets masked. */
@Service
public class InboundEventLog {

    public static final int MAX_PAGE = 500;

    private final InboundEvents events;
    private final SecretMasking masking;

    InboundEventLog(InboundEvents events, ObjectMapper json) {
        this.events = events;
        this.masking = new SecretMasking(json);
    }

    /** At most {@value #MAX_PAGE} events from {@code offset}. */
    public List<InboundEventView> page(EventFilter filter, int offset, int limit) {
        return events.page(filter, Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_PAGE)).stream().map(this::masked).toList();
    }

    public Optional<InboundEventView> find(long id) {
        return events.find(id).map(this::masked);
    }

    /** The ids of the events that brought these contacts, which other modules' rows point at. */
    public List<Long> idsOfContacts(Collection<Long> contactIds) {
        return events.idsOfContacts(contactIds);
    }

    private InboundEventView masked(InboundEventView event) {
        return new InboundEventView(event.id(), event.channel(), event.sourceKey(), event.idempotencyKey(), event.outcome(),
                event.contactId(), event.dealId(), event.receivedAt(), event.processedAt(), masking.masked(event.payload()));
    }
}
