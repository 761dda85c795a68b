-- A CSV import: its options, progress counters and state. Only the rejected rows are kept one by
-- one (import_rejected_row); created and merged rows are counters, so a 100k-row import stays cheap.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_job (
    id             BIGINT         NOT NULL PRIMARY KEY,
    file_name      VARCHAR(300),
    source_key     VARCHAR(100),
    create_deals   BOOLEAN        NOT NULL,
    mapping        LONGTEXT       NOT NULL,
    state          VARCHAR(20)    NOT NULL,
    total_rows     INT            NOT NULL,
    rows_done      INT            NOT NULL DEFAULT 0,
    created_count  INT            NOT NULL DEFAULT 0,
    merged_count   INT            NOT NULL DEFAULT 0,
    rejected_count INT            NOT NULL DEFAULT 0,
    deals_created  INT            NOT NULL DEFAULT 0,
    failure        VARCHAR(1000),
    requested_by   VARCHAR(200)   NOT NULL,
    created_at     TIMESTAMP(6)   NOT NULL,
    started_at     TIMESTAMP(6),
    finished_at    TIMESTAMP(6),
    heartbeat_at   TIMESTAMP(6)   NOT NULL
);
CREATE INDEX ix_import_job_state ON import_job (state);

CREATE TABLE import_rejected_row (
    job_id     BIGINT         NOT NULL,
    csv_row    INT            NOT NULL,
    field      VARCHAR(100),
    reason     VARCHAR(1000)  NOT NULL,
    CONSTRAINT pk_import_rejected_row PRIMARY KEY (job_id, csv_row),
    CONSTRAINT fk_import_rejected_row_job FOREIGN KEY (job_id) REFERENCES import_job (id)
);
