-- Rules gain a description, a trigger with parameters (JSON), and the moment they were last
-- enabled (an idle rule counts from it, so enabling one never fires at once for every old deal).
-- V46 converts the stored rules to the new shape of trigger, conditions and actions.
ALTER TABLE automation_rule ADD COLUMN description VARCHAR(2000) NULL;
ALTER TABLE automation_rule ADD COLUMN trigger_spec LONGTEXT NULL;
ALTER TABLE automation_rule ADD COLUMN enabled_at TIMESTAMP(6) NULL;
ALTER TABLE automation_rule ADD COLUMN updated_at TIMESTAMP(6) NULL;
ALTER TABLE automation_rule ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- One row per rule firing, on the timeline of its deal (or contact): the trigger, the conditions
-- with what they saw, the actions and their outcome. Unique per rule and event: a replay, a retry
-- or a second node cannot fire a rule twice for one event.
CREATE SEQUENCE rule_firing_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE rule_firing (
    id         BIGINT        NOT NULL PRIMARY KEY,
    rule_id    BIGINT        NOT NULL,
    rule_name  VARCHAR(200)  NOT NULL,
    trigger_type VARCHAR(40) NOT NULL,
    event_key  VARCHAR(200)  NOT NULL,
    deal_id    BIGINT        NULL,
    contact_id BIGINT        NULL,
    outcome    VARCHAR(40)   NOT NULL,
    depth      INT           NOT NULL,
    detail     LONGTEXT      NOT NULL,
    fired_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_rule_firing_event UNIQUE (rule_id, event_key)
);

CREATE INDEX ix_rule_firing_deal ON rule_firing (deal_id, fired_at);
CREATE INDEX ix_rule_firing_contact ON rule_firing (contact_id, fired_at);
