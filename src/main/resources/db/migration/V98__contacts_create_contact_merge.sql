-- A manual merge of two contacts, kept so that it can be undone; read by export and erase by
-- contact id (into_contact_id or from_contact_id). Personal data it holds: the before-images.
--   into_contact_id  the survivor; from_contact_id  the contact retired into it (contact.merged_into)
--   into_before, from_before  JSON before-images of both contacts: {"name", "phone", "country",
--                    "language", "telegramUserId", "consent", "consentText", "consentAt",
--                    "unsubscribed", "primaryEmail", "fields.<name>"}: values as text, null when empty
--   into_after       the survivor right after the merge (undo restores a field only if it still has this value)
--   kept             the admin's choices, {"<field>": "into"|"from"}
--   undone_at/by     set by the undo; a merge is undone at most once
CREATE SEQUENCE contact_merge_seq START WITH 1 INCREMENT BY 1000;

CREATE TABLE contact_merge (
    id              BIGINT        NOT NULL PRIMARY KEY,
    into_contact_id BIGINT        NOT NULL,
    from_contact_id BIGINT        NOT NULL,
    into_before     LONGTEXT      NOT NULL,
    from_before     LONGTEXT      NOT NULL,
    into_after      LONGTEXT      NOT NULL,
    kept            LONGTEXT      NOT NULL,
    merged_by       VARCHAR(200)  NOT NULL,
    merged_at       TIMESTAMP(6)  NOT NULL,
    undone_by       VARCHAR(200),
    undone_at       TIMESTAMP(6),
    CONSTRAINT fk_contact_merge_into FOREIGN KEY (into_contact_id) REFERENCES contact (id),
    CONSTRAINT fk_contact_merge_from FOREIGN KEY (from_contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_contact_merge_into ON contact_merge (into_contact_id);
CREATE INDEX ix_contact_merge_from ON contact_merge (from_contact_id);

-- Every row a merge moved from the retired contact to the survivor, which the undo moves back:
-- kind EMAIL (contact_email.id), HISTORY (contact_history.id), DEAL (deal.id).
CREATE TABLE contact_merge_moved (
    merge_id BIGINT       NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    row_id   BIGINT       NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id),
    CONSTRAINT fk_contact_merge_moved_merge FOREIGN KEY (merge_id) REFERENCES contact_merge (id)
);
