-- Sales pipelines and their ordered stages; kind is OPEN, WON or LOST.
CREATE SEQUENCE pipeline_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE stage_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE pipeline (
    id         BIGINT        NOT NULL PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    position   INT           NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_pipeline_name UNIQUE (name)
);

CREATE TABLE stage (
    id          BIGINT        NOT NULL PRIMARY KEY,
    pipeline_id BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT uk_stage_pipeline_name UNIQUE (pipeline_id, name)
);
