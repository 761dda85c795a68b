-- One row per erased person (GDPR / LGPD): which contact id, when, by whom, and how many rows of each
-- table were deleted or anonymised (JSON). Nothing personal: the contact row itself is an empty shell.
CREATE SEQUENCE erasure_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE erasure (
    id         BIGINT         NOT NULL PRIMARY KEY,
    contact_id BIGINT         NOT NULL,
    erased_at  TIMESTAMP(6)   NOT NULL,
    erased_by  VARCHAR(200)   NOT NULL,
    counts     VARCHAR(4000)  NOT NULL
);
CREATE INDEX ix_erasure_contact ON erasure (contact_id);
