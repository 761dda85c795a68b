-- Only one node long-polls a bot token: the holder renews expires_at while it polls.
-- bot is a hash of the token, never the token.
CREATE TABLE telegram_poll_lease (
    bot        VARCHAR(64)   NOT NULL PRIMARY KEY,
    owner      VARCHAR(200)  NOT NULL,
    expires_at TIMESTAMP(6)  NOT NULL
);
