-- Where deals come from (form, popup, payment, telegram, api, import) and where they land.
CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE placement_rule_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE source (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL,
    source_key          VARCHAR(100)  NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    pipeline_id         BIGINT,
    stage_id            BIGINT,
    deal_title_template VARCHAR(500),
    secret              VARCHAR(200),
    settings            LONGTEXT,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_source_key UNIQUE (source_key),
    CONSTRAINT fk_source_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_source_stage FOREIGN KEY (stage_id) REFERENCES stage (id)
);

-- "when the deal's fields have these values (JSON object), it enters this pipeline/stage";
-- the first matching rule by position wins
CREATE TABLE placement_rule (
    id          BIGINT        NOT NULL PRIMARY KEY,
    source_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    conditions  LONGTEXT      NOT NULL,
    pipeline_id BIGINT        NOT NULL,
    stage_id    BIGINT        NOT NULL,
    CONSTRAINT fk_placement_source FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT fk_placement_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_placement_stage FOREIGN KEY (stage_id) REFERENCES stage (id)
);
