-- The global automation switch (003's on/off): one row. Off, rules still run and record on the
-- timeline what they would have done, as skipped; nothing is sent, nothing is changed.
CREATE TABLE automation_switch (
    id         INT           NOT NULL PRIMARY KEY,
    enabled    BOOLEAN       NOT NULL,
    changed_at TIMESTAMP(6)  NOT NULL,
    changed_by VARCHAR(200)  NULL
);

INSERT INTO automation_switch (id, enabled, changed_at, changed_by) VALUES (1, TRUE, CURRENT_TIMESTAMP, NULL);
