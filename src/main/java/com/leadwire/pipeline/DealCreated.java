package com.leadwire.pipeline;

/**
 * A deal was created by an intake event. Carries what listeners (automation, Telegram cards)
 * need without reading it back: the deal, its contact's e-mail and name, the channel.
 */
public record DealCreated(DealView deal, long eventId, String channel, String contactEmail, String contactName) {
}
