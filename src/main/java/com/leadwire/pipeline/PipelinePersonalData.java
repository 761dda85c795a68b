package com.leadwire.pipeline;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/**
 * A person's deals with their stage history, changes and notes. Erased, a deal keeps its pipeline,
 * stage, amount, currency, products and dates (revenue and conversion figures stay right) and loses
 * everything written about the person: its title (now {@value #ERASED_TITLE}), fields, payment
 * reference, lost reason, notes, changes and the notes of its moves.
 */
@Component
class PipelinePersonalData extends PersonalRows {

    static final String ERASED_TITLE = "Erased deal";

    PipelinePersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("deals", "SELECT * FROM deal WHERE id IN (:deals) ORDER BY id");
        exports("dealHistory", "SELECT * FROM deal_history WHERE deal_id IN (:deals) ORDER BY id");
        exports("dealChanges", "SELECT * FROM deal_change WHERE deal_id IN (:deals) ORDER BY id");
        exports("notes", "SELECT * FROM deal_note WHERE deal_id IN (:deals) ORDER BY id");
        erases("deal_note", "DELETE FROM deal_note WHERE deal_id IN (:deals)");
        erases("deal_change", "DELETE FROM deal_change WHERE deal_id IN (:deals)");
        erases("deal_history", "UPDATE deal_history SET note = NULL WHERE deal_id IN (:deals) AND note IS NOT NULL");
        erases("deal", """
                UPDATE deal SET title = '%s', custom_fields = NULL, external_ref = NULL, lost_reason = NULL,
                       updated_at = CURRENT_TIMESTAMP, version = version + 1
                WHERE id IN (:deals)""".formatted(ERASED_TITLE));
    }
}
