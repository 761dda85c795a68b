-- Named e-mail templates (Mustache subject and body).
CREATE SEQUENCE mail_template_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_template (
    id         BIGINT        NOT NULL PRIMARY KEY,
    name       VARCHAR(200)  NOT NULL,
    subject    VARCHAR(500)  NOT NULL,
    body       LONGTEXT      NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_mail_template_name UNIQUE (name)
);
