package com.leadwire.intake;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * The intake events that brought a person, with their raw payloads. Erased, an event keeps its row
 * and idempotency key with the outcome {@link EventOutcome#ERASED} and no payload: a replay of the
 * key is then refused instead of bringing the person back.
 */
@Component
class IntakePersonalData extends PersonalRows {

    private static final String ABOUT = "contact_id IN (:contacts) OR id IN (:events) OR deal_id IN (:deals)";

    IntakePersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("inboundEvents", """
                SELECT id, channel, source_key, idempotency_key, payload, received_at, processed_at, outcome, contact_id, deal_id
                FROM inbound_event WHERE\s""" + ABOUT + " ORDER BY id");
        erasesFound("inbound_event", subject -> "SELECT id FROM inbound_event WHERE " + ABOUT,
                "UPDATE inbound_event SET payload = NULL, outcome = '" + EventOutcome.ERASED.name() + "' WHERE id IN (:ids)");
    }
}
