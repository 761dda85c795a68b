-- Automation rules: a trigger, conditions (JSON) and actions (JSON), evaluated in order.
CREATE SEQUENCE automation_rule_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE automation_rule (
    id           BIGINT        NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    position     INT           NOT NULL,
    trigger_kind VARCHAR(40)   NOT NULL,
    conditions   LONGTEXT      NOT NULL,
    actions      LONGTEXT      NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL
);
