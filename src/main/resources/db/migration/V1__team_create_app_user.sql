-- People who log into the panel: admins and sales reps.
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id               BIGINT        NOT NULL PRIMARY KEY,
    username         VARCHAR(100)  NOT NULL,
    display_name     VARCHAR(200)  NOT NULL,
    email            VARCHAR(320),
    password_hash    VARCHAR(200),
    role             VARCHAR(20)   NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    telegram_chat_id BIGINT,
    created_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT uk_app_user_telegram_chat UNIQUE (telegram_chat_id)
);
