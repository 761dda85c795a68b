-- One-time links that let a team member set their own password: an invite, or a reset an admin
-- made. Only the SHA-256 of the link's token is stored; a link works once and until expires_at.
CREATE TABLE team_invite (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6),
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_team_invite_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_team_invite_user ON team_invite (user_id);
