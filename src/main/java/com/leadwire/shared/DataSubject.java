package com.leadwire.shared;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The person an export or erasure is about, as every module can find their rows: the contact,
 * its e-mails, its deals, the intake events that brought it, and its Telegram user.
 */
public record DataSubject(long contactId, List<String> emails, List<Long> dealIds, List<Long> eventIds, Long telegramUserId) {

    public DataSubject {
        emails = List.copyOf(emails);
        dealIds = List.copyOf(dealIds);
        eventIds = List.copyOf(eventIds);
    }

    /**
     * {@code :contact}, {@code :deals}, {@code :events}, {@code :telegramUser} and {@code :email0…} (LIKE patterns). Empty id
     * lists are {@code [-1]} and no Telegram user is -1, ids no row has, so the SQL stays valid and matches nothing.
     */
    public MapSqlParameterSource sqlParameters() {
        MapSqlParameterSource params = new MapSqlParameterSource("contact", contactId)
                .addValue("deals", dealIds.isEmpty() ? List.of(-1L) : dealIds)
                .addValue("events", eventIds.isEmpty() ? List.of(-1L) : eventIds)
                .addValue("telegramUser", telegramUserId == null ? -1L : telegramUserId);
        for (int i = 0; i < emails.size(); i++) {
            params.addValue("email" + i, "%" + Like.escape(emails.get(i)) + "%");
        }
        return params;
    }

    /** A condition for rows with {@code deal_id} and {@code event_id} columns, or whose text columns name one of the e-mails. */
    public String sqlAboutDealsEventsOrEmailsIn(String... textColumns) {
        StringBuilder where = new StringBuilder("(deal_id IN (:deals) OR event_id IN (:events)");
        for (int i = 0; i < emails.size(); i++) {
            for (String column : textColumns) {
                where.append(" OR ").append(column).append(" LIKE :email").append(i);
            }
        }
        return where.append(")").toString();
    }
}
