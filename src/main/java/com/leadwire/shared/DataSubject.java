package com.leadwire.shared;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The person an export or erasure is about, as every module can find their rows: the contact
 * ({@code contactId}) and the contacts merged into it ({@code contactIds} holds them all), their
 * e-mails, deals, the intake events that brought them, and their Telegram users.
 */
public record DataSubject(long contactId, List<Long> contactIds, List<String> emails, List<Long> dealIds, List<Long> eventIds,
                          List<Long> telegramUserIds) {

    public DataSubject {
        contactIds = List.copyOf(contactIds);
        emails = List.copyOf(emails);
        dealIds = List.copyOf(dealIds);
        eventIds = List.copyOf(eventIds);
        telegramUserIds = List.copyOf(telegramUserIds);
    }

    /**
     * {@code :contact}, {@code :contacts}, {@code :deals}, {@code :events}, {@code :telegramUsers} and {@code :email0…} (LIKE
     * patterns). An empty id list is {@code [-1]}, an id no row has, so the SQL stays valid and matches nothing.
     */
    public MapSqlParameterSource sqlParameters() {
        MapSqlParameterSource params = new MapSqlParameterSource("contact", contactId)
                .addValue("contacts", orNone(contactIds))
                .addValue("deals", orNone(dealIds))
                .addValue("events", orNone(eventIds))
                .addValue("telegramUsers", orNone(telegramUserIds));
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

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
