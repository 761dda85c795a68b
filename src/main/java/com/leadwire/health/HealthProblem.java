package com.leadwire.health;

/** What is wrong with a channel, and what an admin can do about it. */
public enum HealthProblem {
    TELEGRAM_OFF("No bot token is set: set leadwire.telegram.token (LEADWIRE_TELEGRAM_TOKEN) and restart to turn the bot on."),
    TELEGRAM_NOT_POLLING("The bot is not polling on this node: check the token and the log, then restart the app."),
    TELEGRAM_FAILING("Calls to the Bot API fail: check the token, the network and leadwire.telegram.base-url (last error shown)."),
    TELEGRAM_SILENT("The Bot API has not answered for a while: check the network and the log."),
    PAYMENT_SOURCE_INACTIVE("The source is switched off: its callbacks are refused. Activate it on the Sources page if it is in use."),
    PAYMENT_NO_SECRET("No signing secret: every callback is refused. Set the provider's signing secret on the source."),
    PAYMENT_SIGNATURES_REJECTED("Callbacks were refused for their signature recently: make the source's signing secret match the "
            + "provider's (or someone is sending forged callbacks)."),
    WEBHOOK_DEAD("Deliveries were given up: check the receiver's URL and its answers, then replay them on the Webhooks page."),
    WEBHOOK_FAILING("Deliveries are failing and being retried: check that the receiver is up and answers 2xx."),
    OUTBOX_DEAD("Messages failed for good: open the Outbox, fix the cause (an address, a token, a receiver) and retry them."),
    OUTBOX_BACKLOG("Messages have waited too long: check the mail server, the Bot API and the webhook receivers.");

    private final String advice;

    HealthProblem(String advice) {
        this.advice = advice;
    }

    public String advice() {
        return advice;
    }
}
