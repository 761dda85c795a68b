-- The bot conversation of each prospect chat (one row per chat: the current or last one).
-- Answers are stored after every step, so a restart resumes where the prospect was.
CREATE TABLE telegram_conversation (
    chat_id          BIGINT        NOT NULL PRIMARY KEY,
    telegram_user_id BIGINT        NOT NULL,
    source_key       VARCHAR(100)  NOT NULL,
    step_index       INT           NOT NULL,
    answers          LONGTEXT      NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    last_update_id   BIGINT        NOT NULL,
    deal_id          BIGINT,
    started_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL
);
