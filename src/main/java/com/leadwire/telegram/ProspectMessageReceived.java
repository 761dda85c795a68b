package com.leadwire.telegram;

import java.time.Instant;

/**
 * A prospect wrote to the bot after their lead was created; the message is on the deal's
 * timeline ({@code dealMessageId}) and, when the deal has a linked responsible rep, relayed to them.
 */
public record ProspectMessageReceived(long dealId, long contactId, long telegramUserId, long dealMessageId, String text,
                                      Instant receivedAt) {
}
