-- Callbacks refused for a bad or missing signature, counted per provider and source: the only
-- trace a rejected callback leaves (its body is not stored), read by the channel health view.
CREATE TABLE channel_rejection (
    provider         VARCHAR(30)   NOT NULL,
    source_key       VARCHAR(100)  NOT NULL,
    rejected         BIGINT        NOT NULL,
    last_rejected_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (provider, source_key)
);
