-- One contact per person; every e-mail it owns is unique across contacts (normalised).
CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_email_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_history_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contact (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(300),
    phone            VARCHAR(40),
    country          VARCHAR(2),
    language         VARCHAR(20),
    custom_fields    LONGTEXT,
    consent          BOOLEAN       NOT NULL DEFAULT FALSE,
    consent_text     VARCHAR(2000),
    consent_at       TIMESTAMP(6),
    unsubscribed     BOOLEAN       NOT NULL DEFAULT FALSE,
    telegram_user_id BIGINT,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_contact_telegram_user ON contact (telegram_user_id);

CREATE TABLE contact_email (
    id         BIGINT        NOT NULL PRIMARY KEY,
    contact_id BIGINT        NOT NULL,
    email      VARCHAR(320)  NOT NULL,
    is_primary BOOLEAN       NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_contact_email UNIQUE (email),
    CONSTRAINT fk_contact_email_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_contact_email_contact ON contact_email (contact_id);

-- What changed on a contact, when, and which event or person changed it.
CREATE TABLE contact_history (
    id         BIGINT        NOT NULL PRIMARY KEY,
    contact_id BIGINT        NOT NULL,
    event_id   BIGINT,
    change_kind VARCHAR(20)  NOT NULL,
    field      VARCHAR(100),
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    actor      VARCHAR(200)  NOT NULL,
    changed_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_contact_history_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_contact_history_contact ON contact_history (contact_id);
