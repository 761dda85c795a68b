-- The durable log of every accepted intake event; idempotency_key decides repeats.
CREATE SEQUENCE inbound_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE inbound_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    channel         VARCHAR(20)   NOT NULL,
    source_key      VARCHAR(100),
    idempotency_key VARCHAR(300)  NOT NULL,
    payload         LONGTEXT,
    received_at     TIMESTAMP(6)  NOT NULL,
    processed_at    TIMESTAMP(6),
    outcome         VARCHAR(20)   NOT NULL,
    contact_id      BIGINT,
    deal_id         BIGINT,
    CONSTRAINT uk_inbound_event_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_inbound_event_received ON inbound_event (received_at);
