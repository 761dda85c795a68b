package com.leadwire.telegram;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leadwire.shared.PersonalRows;

/** A person's Telegram messages on their deals and their bot conversations (with the answers they gave); erased, both go. */
@Component
class TelegramPersonalData extends PersonalRows {

    private static final String CONVERSATIONS = "FROM telegram_conversation WHERE deal_id IN (:deals) OR telegram_user_id IN (:telegramUsers)";

    TelegramPersonalData(NamedParameterJdbcTemplate jdbc) {
        super(jdbc);
        exports("telegramMessages", "SELECT * FROM deal_message WHERE deal_id IN (:deals) ORDER BY id");
        exports("telegramConversations", "SELECT * " + CONVERSATIONS + " ORDER BY started_at");
        erases("deal_message", "DELETE FROM deal_message WHERE deal_id IN (:deals)");
        erases("telegram_conversation", "DELETE " + CONVERSATIONS);
    }
}
