-- The audit log of configuration changes (who, when, what, to which subject); never a secret.
-- Ids come in blocks from shared.SequenceIds, whose block size is the increment.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE audit_entry (
    id      BIGINT        NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP(6)  NOT NULL,
    actor   VARCHAR(200)  NOT NULL,
    action  VARCHAR(100)  NOT NULL,
    subject VARCHAR(200),
    detail  VARCHAR(500)
);
-- newest first, whole log or filtered by who or by what
CREATE INDEX ix_audit_entry_at ON audit_entry (recorded_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, recorded_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, recorded_at);
