-- What people changed on a deal besides its stage (title, value, products, fields, the responsible
-- rep, an e-mail sent from the deal page): one row per change, old and new value, who and when.
CREATE SEQUENCE deal_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE deal_change (
    id         BIGINT         NOT NULL PRIMARY KEY,
    deal_id    BIGINT         NOT NULL,
    what       VARCHAR(100)   NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    actor      VARCHAR(200)   NOT NULL,
    changed_at TIMESTAMP(6)   NOT NULL,
    CONSTRAINT fk_deal_change_deal FOREIGN KEY (deal_id) REFERENCES deal (id)
);
CREATE INDEX ix_deal_change_deal ON deal_change (deal_id, changed_at);
