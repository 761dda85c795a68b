-- Sending like a considerate sender (automation): the business time zone, the sending hours and
-- the per-contact daily cap of automated marketing e-mails. One row; both limits off until an
-- admin turns them on. A fresh install counts in UTC until the admin sets the business's zone
-- (the panel shows it beside the hours): the server's own zone is an accident of its host.
CREATE TABLE sending_settings (
    id               INT           NOT NULL PRIMARY KEY,
    time_zone        VARCHAR(60)   NOT NULL,
    hours_enabled    BOOLEAN       NOT NULL,
    sending_days     VARCHAR(100)  NOT NULL,
    hours_from       VARCHAR(5)    NOT NULL,
    hours_to         VARCHAR(5)    NOT NULL,
    cap_enabled      BOOLEAN       NOT NULL,
    cap_per_contact  INT           NOT NULL,
    changed_at       TIMESTAMP(6)  NULL,
    changed_by       VARCHAR(200)  NULL
);
INSERT INTO sending_settings (id, time_zone, hours_enabled, sending_days, hours_from, hours_to, cap_enabled, cap_per_contact)
VALUES (1, 'UTC', FALSE, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '09:00', '18:00', FALSE, 3);

-- A rule's marketing e-mail to a contact held back by the sending hours or the daily cap: the
-- request as the rule made it, sent (queued in the outbox) when its automation timer of kind
-- HELD_EMAIL falls due. held_until and reason say when and why, also on the deal's timeline.
-- status: HELD, SENT (queued in the outbox then) or SKIPPED (automation was off when it fell due).
CREATE SEQUENCE held_email_seq START WITH 1 INCREMENT BY 1000;
CREATE TABLE held_email (
    id             BIGINT         NOT NULL PRIMARY KEY,
    rule_id        BIGINT         NOT NULL,
    rule_name      VARCHAR(200)   NOT NULL,
    deal_id        BIGINT         NOT NULL,
    contact_id     BIGINT         NOT NULL,
    template_name  VARCHAR(200)   NOT NULL,
    outbox_key     VARCHAR(300)   NOT NULL,
    request        LONGTEXT       NOT NULL,
    held_at        TIMESTAMP(6)   NOT NULL,
    held_until     TIMESTAMP(6)   NOT NULL,
    reason         VARCHAR(30)    NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    finished_at    TIMESTAMP(6)   NULL
);
CREATE INDEX ix_held_email_deal ON held_email (deal_id);
CREATE INDEX ix_held_email_contact ON held_email (contact_id);
