-- The key that signs deal-card button data when leadwire.telegram.callback-key is not set:
-- generated once per install, so cards stay valid across restarts and nodes.
CREATE TABLE telegram_callback_key (
    id         INT           NOT NULL PRIMARY KEY,
    secret     VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL
);
