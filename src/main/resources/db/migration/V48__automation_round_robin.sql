-- Whose turn it is in a rule's round-robin assignment: the count of its assignments so far; the
-- rep is the next active rep by that count, so inactive reps are skipped and nodes agree.
CREATE TABLE rule_round_robin (
    rule_id BIGINT NOT NULL PRIMARY KEY,
    turns   BIGINT NOT NULL
);
