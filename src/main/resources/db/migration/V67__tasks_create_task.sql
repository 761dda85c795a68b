-- Tasks on a deal: a title, when it is due and whose it is. When it falls due its owner is
-- reminded in Telegram (an automation timer of kind TASK_DUE); reminder says how that went:
-- NULL (not yet), QUEUED (in the outbox) or UNDELIVERABLE (the owner has no linked Telegram).
CREATE SEQUENCE task_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE task (
    id            BIGINT         NOT NULL PRIMARY KEY,
    deal_id       BIGINT         NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    due_at        TIMESTAMP(6)   NOT NULL,
    owner_user_id BIGINT         NOT NULL,
    created_by    VARCHAR(200)   NOT NULL,
    created_at    TIMESTAMP(6)   NOT NULL,
    done_at       TIMESTAMP(6),
    done_by       VARCHAR(200),
    reminder      VARCHAR(20),
    reminded_at   TIMESTAMP(6),
    CONSTRAINT fk_task_deal FOREIGN KEY (deal_id) REFERENCES deal (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_task_deal ON task (deal_id, due_at);
-- "My tasks": an owner's open tasks due up to the end of today, soonest first
CREATE INDEX ix_task_owner_open ON task (owner_user_id, done_at, due_at);
