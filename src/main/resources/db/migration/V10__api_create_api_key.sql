-- API keys, stored as SHA-256 hashes; the prefix lets an admin recognise a key.
CREATE SEQUENCE api_key_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE api_key (
    id           BIGINT        NOT NULL PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    key_prefix   VARCHAR(12)   NOT NULL,
    key_hash     VARCHAR(64)   NOT NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMP(6)  NOT NULL,
    last_used_at TIMESTAMP(6),
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash)
);
