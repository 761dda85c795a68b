-- Idle-in-stage and delay timers of the automation rules: rows with a due time, claimed by any
-- node with SELECT ... FOR UPDATE SKIP LOCKED and marked fired in the transaction of the rule's
-- work (automation.timers.Timers). timer_key is the engine's name for one timer: a repeat is ignored.
-- Ids come in blocks of 1,000 (shared.SequenceIds); the INSERT ... SELECT that schedules a rule's
-- timers for every deal already in its stage takes one NEXT VALUE per row, a block of its own.
CREATE SEQUENCE automation_timer_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE automation_timer (
    id          BIGINT         NOT NULL PRIMARY KEY,
    timer_key   VARCHAR(300)   NOT NULL,
    rule_id     BIGINT         NOT NULL,
    deal_id     BIGINT         NOT NULL,
    contact_id  BIGINT,
    kind        VARCHAR(20)    NOT NULL,
    stage_id    BIGINT,
    base_at     TIMESTAMP(6)   NOT NULL,
    due_at      TIMESTAMP(6)   NOT NULL,
    origin      VARCHAR(300),
    status      VARCHAR(10)    NOT NULL,
    attempts    INT            NOT NULL DEFAULT 0,
    last_error  VARCHAR(2000),
    created_at  TIMESTAMP(6)   NOT NULL,
    finished_at TIMESTAMP(6),
    CONSTRAINT uk_automation_timer_key UNIQUE (timer_key)
);
-- the claim: status = 'PENDING' AND due_at <= now ORDER BY due_at, a range scan of this index
CREATE INDEX ix_automation_timer_due ON automation_timer (status, due_at);
-- a deal's pending timers, soonest first (the API; cancelling the idle ones when it leaves a stage)
CREATE INDEX ix_automation_timer_deal ON automation_timer (deal_id, status, due_at);
-- a rule's pending timers (re-scheduled when its duration changes, cancelled when it is disabled)
CREATE INDEX ix_automation_timer_rule ON automation_timer (rule_id, status);
