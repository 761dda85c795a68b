package com.leadwire.automation.webhooks;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * The webhook deliveries about a person: of their deals and intake events, and any other whose
 * payload names one of their e-mails. Erased, they go with their attempts (ON DELETE CASCADE).
 */
@Component
class WebhooksPersonalData extends PersonalRows {

    WebhooksPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("webhookDeliveries", subject -> """
                SELECT id, subscription_id, event, status, payload, deal_id, event_id, attempts, last_status_code, delivered_at, created_at
                FROM webhook_delivery WHERE\s""" + subject.sqlAboutDealsEventsOrEmailsIn("payload") + " ORDER BY id");
        erasesFound("webhook_delivery", subject -> "SELECT id FROM webhook_delivery WHERE " + subject.sqlAboutDealsEventsOrEmailsIn("payload"),
                "DELETE FROM webhook_delivery WHERE id IN (:ids)");
    }
}
