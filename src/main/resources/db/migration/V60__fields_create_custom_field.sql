-- The custom-field catalogue (fields): the deal and contact fields that forms, rules, imports,
-- the board and the deal page offer. Values themselves stay in deal.custom_fields and the
-- contact's fields, keyed by name. Options of a CHOICE field are kept one per line.
CREATE SEQUENCE custom_field_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE custom_field (
    id          BIGINT        NOT NULL PRIMARY KEY,
    scope       VARCHAR(10)   NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    field_type  VARCHAR(10)   NOT NULL,
    options     LONGTEXT      NULL,
    label_en    VARCHAR(200)  NOT NULL,
    label_pt    VARCHAR(200)  NOT NULL,
    position    INT           NOT NULL,
    CONSTRAINT uq_custom_field_name UNIQUE (scope, name)
);
