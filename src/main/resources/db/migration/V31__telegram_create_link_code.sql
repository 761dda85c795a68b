-- One-time codes a rep sends the bot (/start link-<code>) to link their chat; stored hashed.
CREATE TABLE telegram_link_code (
    code_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    expires_at TIMESTAMP(6)  NOT NULL,
    used_at    TIMESTAMP(6),
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_telegram_link_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
