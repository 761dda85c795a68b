CREATE SEQUENCE deal_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE deal_history_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE deal (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    title               VARCHAR(500)   NOT NULL,
    amount              DECIMAL(19, 2),
    currency            VARCHAR(3),
    contact_id          BIGINT         NOT NULL,
    pipeline_id         BIGINT         NOT NULL,
    stage_id            BIGINT         NOT NULL,
    responsible_user_id BIGINT,
    source_id           BIGINT,
    products            VARCHAR(2000),
    custom_fields       LONGTEXT,
    external_ref        VARCHAR(200),
    payment_status      VARCHAR(20),
    lost_reason         VARCHAR(500),
    created_at          TIMESTAMP(6)   NOT NULL,
    stage_entered_at    TIMESTAMP(6)   NOT NULL,
    updated_at          TIMESTAMP(6)   NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_deal_external_ref UNIQUE (external_ref),
    CONSTRAINT fk_deal_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_deal_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_deal_stage FOREIGN KEY (stage_id) REFERENCES stage (id),
    CONSTRAINT fk_deal_responsible FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_deal_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_deal_contact ON deal (contact_id);
CREATE INDEX ix_deal_stage ON deal (stage_id);

-- Every stage a deal entered: from (null on creation), to, when, and who or what moved it.
CREATE TABLE deal_history (
    id            BIGINT        NOT NULL PRIMARY KEY,
    deal_id       BIGINT        NOT NULL,
    from_stage_id BIGINT,
    to_stage_id   BIGINT        NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    note          VARCHAR(1000),
    moved_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_deal_history_deal FOREIGN KEY (deal_id) REFERENCES deal (id)
);
CREATE INDEX ix_deal_history_deal ON deal_history (deal_id);
