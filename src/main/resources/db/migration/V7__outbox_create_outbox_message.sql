-- Messages an event triggered (mail, telegram, webhook), written in the event's transaction
-- and delivered later with retries; claimed with SELECT ... FOR UPDATE SKIP LOCKED.
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT         NOT NULL PRIMARY KEY,
    channel         VARCHAR(20)    NOT NULL,
    idempotency_key VARCHAR(300)   NOT NULL,
    recipient       VARCHAR(500)   NOT NULL,
    payload         LONGTEXT       NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    attempts        INT            NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)   NOT NULL,
    last_error      VARCHAR(2000),
    deal_id         BIGINT,
    event_id        BIGINT,
    created_at      TIMESTAMP(6)   NOT NULL,
    sent_at         TIMESTAMP(6),
    CONSTRAINT uk_outbox_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
