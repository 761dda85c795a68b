-- Per pipeline: which stage a deal enters on each payment status (none = first stage).
CREATE TABLE pipeline_payment_stage (
    pipeline_id    BIGINT       NOT NULL,
    payment_status VARCHAR(20)  NOT NULL,
    stage_id       BIGINT       NOT NULL,
    PRIMARY KEY (pipeline_id, payment_status),
    CONSTRAINT fk_payment_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_payment_stage_stage FOREIGN KEY (stage_id) REFERENCES stage (id)
);
