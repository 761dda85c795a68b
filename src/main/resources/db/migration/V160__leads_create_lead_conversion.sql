-- A lead that converted (leads.figures): after it entered its group, its deal reached a won stage
-- or its payment succeeded. Recorded once per lead (group and contact), in the transaction of the
-- win or the payment, with what the dashboard counts: the deal's value then (per currency), the
-- step of the last follow-up e-mail sent before it (null: it bought before any e-mail), and when the
-- follow-up's first e-mail was due (null: none was sent), which puts the lead in a period's targeted leads.
CREATE TABLE lead_conversion (
    group_id        BIGINT          NOT NULL,
    contact_id      BIGINT          NOT NULL,
    deal_id         BIGINT          NOT NULL,
    follow_up_id    BIGINT          NULL,
    converted_at    TIMESTAMP(6)    NOT NULL,
    amount          DECIMAL(19, 2)  NULL,
    currency        VARCHAR(3)      NULL,
    last_step       INT             NULL,
    first_sent_at   TIMESTAMP(6)    NULL,
    PRIMARY KEY (group_id, contact_id)
);
CREATE INDEX ix_lead_conversion_converted ON lead_conversion (converted_at);
CREATE INDEX ix_lead_conversion_first_sent ON lead_conversion (first_sent_at);
