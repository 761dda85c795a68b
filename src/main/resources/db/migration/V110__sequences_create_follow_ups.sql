-- Follow-up sequences (automation.sequences): one to three e-mails, each a template sent a delay
-- after the previous one, with an optional discount shown to the template. The e-mails are kept
-- as JSON, as a rule's actions are. Ids come in blocks from shared.SequenceIds.
CREATE SEQUENCE follow_up_sequence_seq START WITH 1 INCREMENT BY 1000;
CREATE SEQUENCE follow_up_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE follow_up_sequence (
    id          BIGINT         NOT NULL PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    emails      VARCHAR(4000)  NOT NULL,
    bcc         VARCHAR(320)   NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL,
    CONSTRAINT uk_follow_up_sequence_name UNIQUE (name)
);

-- One contact following one sequence, started for one of its deals (by a rule). status: ACTIVE,
-- COMPLETED or STOPPED (stop_reason says why). The sequence's name is kept for the history: a
-- sequence without active follow-ups may be deleted. The next e-mail is an automation timer of kind
-- SEQUENCE_STEP whose key names this row and the step.
CREATE TABLE follow_up (
    id            BIGINT        NOT NULL PRIMARY KEY,
    sequence_id   BIGINT        NOT NULL,
    sequence_name VARCHAR(200)  NOT NULL,
    contact_id    BIGINT        NOT NULL,
    deal_id       BIGINT        NOT NULL,
    stage_id      BIGINT        NULL,
    started_by    VARCHAR(300)  NULL,
    status        VARCHAR(10)   NOT NULL,
    stop_reason   VARCHAR(20)   NULL,
    stopped_by    VARCHAR(300)  NULL,
    started_at    TIMESTAMP(6)  NOT NULL,
    finished_at   TIMESTAMP(6)  NULL
);
CREATE INDEX ix_follow_up_contact ON follow_up (contact_id, status, sequence_id);
CREATE INDEX ix_follow_up_deal ON follow_up (deal_id, status);
CREATE INDEX ix_follow_up_sequence ON follow_up (sequence_id, status);

-- Each e-mail step as it fell due. status: QUEUED (in the outbox), SENT, FAILED, BOUNCED (the SMTP
-- server refused the recipient), SKIPPED (automation was off). outbox_key is the outbox message's
-- idempotency key, by which the mail sender's outcome finds its row.
CREATE TABLE follow_up_email (
    follow_up_id  BIGINT         NOT NULL,
    step          INT            NOT NULL,
    template_name VARCHAR(200)   NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    recipient     VARCHAR(320)   NULL,
    subject       VARCHAR(1000)  NULL,
    outbox_key    VARCHAR(300)   NULL,
    due_at        TIMESTAMP(6)   NOT NULL,
    updated_at    TIMESTAMP(6)   NOT NULL,
    detail        VARCHAR(1000)  NULL,
    PRIMARY KEY (follow_up_id, step),
    CONSTRAINT fk_follow_up_email_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE
);
CREATE INDEX ix_follow_up_email_outbox ON follow_up_email (outbox_key);
