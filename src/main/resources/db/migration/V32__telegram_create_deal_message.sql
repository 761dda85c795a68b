-- The Telegram conversation on a deal's timeline: prospect messages (IN) relayed to the rep,
-- the rep's replies (OUT) relayed to the prospect. rep_message_id is the relayed copy in the
-- rep's chat, which the rep replies to.
CREATE SEQUENCE deal_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE deal_message (
    id               BIGINT         NOT NULL PRIMARY KEY,
    deal_id          BIGINT         NOT NULL,
    direction        VARCHAR(3)     NOT NULL,
    prospect_chat_id BIGINT         NOT NULL,
    rep_user_id      BIGINT,
    rep_chat_id      BIGINT,
    rep_message_id   BIGINT,
    text             VARCHAR(4096)  NOT NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_deal_message_deal FOREIGN KEY (deal_id) REFERENCES deal (id)
);
CREATE INDEX ix_deal_message_deal ON deal_message (deal_id);
CREATE INDEX ix_deal_message_rep_copy ON deal_message (rep_chat_id, rep_message_id);
