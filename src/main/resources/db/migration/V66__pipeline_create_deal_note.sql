-- Notes people write on a deal, newest first on its page.
CREATE SEQUENCE deal_note_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE deal_note (
    id         BIGINT         NOT NULL PRIMARY KEY,
    deal_id    BIGINT         NOT NULL,
    text       VARCHAR(4000)  NOT NULL,
    author     VARCHAR(200)   NOT NULL,
    created_at TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_deal_note_deal FOREIGN KEY (deal_id) REFERENCES deal (id)
);
CREATE INDEX ix_deal_note_deal ON deal_note (deal_id, created_at);
