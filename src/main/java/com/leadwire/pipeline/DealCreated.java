package com.leadwire.pipeline;

/**
 * A deal was created by an intake event. Carries what listeners (automation, Telegram cards)
 * need without reading it back: the deal, its contact's e-mail, name and language, and whether it came
 * from a CSV import (an admin's bulk change, for which rules and cards do not fire).
 */
public record DealCreated(DealView deal, long eventId, boolean imported, String contactEmail, String contactName,
                          String contactLanguage) {
}
