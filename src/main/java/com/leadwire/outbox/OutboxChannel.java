package com.leadwire.outbox;

public enum OutboxChannel {
    MAIL, TELEGRAM, WEBHOOK
}
