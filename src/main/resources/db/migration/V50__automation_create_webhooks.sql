-- Outbound webhooks (automation.webhooks): subscriptions, each delivery of an event to one of
-- them (sent as an outbox row of channel WEBHOOK), and every attempt to send it. Ids come in
-- blocks of 1,000 (shared.SequenceIds): deliveries are written in batches on the intake path.
CREATE SEQUENCE webhook_subscription_seq START WITH 1 INCREMENT BY 1000;
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 1000;
CREATE SEQUENCE webhook_attempt_seq START WITH 1 INCREMENT BY 1000;

-- The secret signs every delivery, so it is kept as it was given; the API and panel never show it
-- after the answer that created or rotated it.
CREATE TABLE webhook_subscription (
    id          BIGINT         NOT NULL PRIMARY KEY,
    name        VARCHAR(200)   NULL,
    description VARCHAR(1000)  NULL,
    url         VARCHAR(2000)  NOT NULL,
    events      VARCHAR(500)   NOT NULL,
    secret      VARCHAR(200)   NOT NULL,
    active      BOOLEAN        NOT NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL
);

-- status: PENDING (queued or being retried), DELIVERED, DEAD, SKIPPED (the automation switch was off)
CREATE TABLE webhook_delivery (
    id               BIGINT         NOT NULL PRIMARY KEY,
    subscription_id  BIGINT         NOT NULL,
    event            VARCHAR(40)    NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    payload          LONGTEXT       NOT NULL,
    deal_id          BIGINT         NULL,
    event_id         BIGINT         NULL,
    attempts         INT            NOT NULL DEFAULT 0,
    replays          INT            NOT NULL DEFAULT 0,
    last_status_code INT            NULL,
    last_error       VARCHAR(2000)  NULL,
    last_attempt_at  TIMESTAMP(6)   NULL,
    delivered_at     TIMESTAMP(6)   NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, id);
CREATE INDEX ix_webhook_delivery_subscription_status ON webhook_delivery (subscription_id, status);

CREATE TABLE webhook_attempt (
    id           BIGINT         NOT NULL PRIMARY KEY,
    delivery_id  BIGINT         NOT NULL,
    attempted_at TIMESTAMP(6)   NOT NULL,
    status_code  INT            NULL,
    error        VARCHAR(2000)  NULL,
    duration_ms  INT            NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
