-- Lead groups (leads module, 003_...): standing rules that a lead enters when its deal starts to
-- match, upon which the group's follow-up sequence starts. Ids come in blocks from shared.SequenceIds.
CREATE SEQUENCE lead_group_seq START WITH 1 INCREMENT BY 1000;

-- kind: DEFAULT (the two built-in groups, UNFINISHED and ABANDONED; not deletable) or CUSTOM.
-- status: ACTIVE or INACTIVE; an active group with starts_at in the future waits for it.
-- source: ALL, UNFINISHED (a payment started but not successful) or ABANDONED (an e-mail captured
-- at a checkout source with no payment within abandon_after).
-- products: JSON array of product keys (empty = all); language / country: null = all.
-- A contact matching two groups follows the one with the higher priority (larger number first).
-- test_*: the A/B test's end criteria when the group has two or more variants; test_ended_at and
-- test_winner_sequence_id record how it ended.
CREATE TABLE lead_group (
    id                      BIGINT          NOT NULL PRIMARY KEY,
    kind                    VARCHAR(10)     NOT NULL,
    name                    VARCHAR(200)    NOT NULL,
    description             VARCHAR(2000)   NULL,
    status                  VARCHAR(10)     NOT NULL,
    starts_at               TIMESTAMP(6)    NULL,
    source                  VARCHAR(12)     NOT NULL,
    abandon_after           VARCHAR(40)     NULL,
    webhook_id              BIGINT          NULL,
    bcc                     VARCHAR(320)    NULL,
    priority                INT             NOT NULL,
    products                VARCHAR(4000)   NOT NULL,
    language                VARCHAR(20)     NULL,
    country                 VARCHAR(2)      NULL,
    override_discounts      BOOLEAN         NOT NULL DEFAULT FALSE,
    test_ends_at            TIMESTAMP(6)    NULL,
    test_target_conversion  DECIMAL(7, 4)   NULL,
    test_target_revenue     DECIMAL(19, 2)  NULL,
    test_target_leads       INT             NULL,
    test_keep_best          BOOLEAN         NOT NULL DEFAULT FALSE,
    test_ended_at           TIMESTAMP(6)    NULL,
    test_end_reason         VARCHAR(300)    NULL,
    test_winner_sequence_id BIGINT          NULL,
    created_at              TIMESTAMP(6)    NOT NULL,
    updated_at              TIMESTAMP(6)    NOT NULL,
    CONSTRAINT uk_lead_group_name UNIQUE (name)
);

-- The follow-up sets a group sends: one sequence, or the variants of its A/B test in order.
CREATE TABLE lead_group_sequence (
    group_id    BIGINT  NOT NULL,
    position    INT     NOT NULL,
    sequence_id BIGINT  NOT NULL,
    PRIMARY KEY (group_id, position),
    CONSTRAINT fk_lead_group_sequence_group FOREIGN KEY (group_id) REFERENCES lead_group (id) ON DELETE CASCADE
);

-- A lead: one contact in one group, entered for one of its deals, following one variant
-- (sequence_id) for good, unless the test ended with "keep the best" and switched it
-- (switched_from_sequence_id, switched_at). follow_up_id is the follow-up the group started.
-- The columns after entered_at are copies of the deal and contact at entry, kept so that the lead
-- list filters and sorts 100k leads on one table.
CREATE TABLE lead_member (
    group_id                  BIGINT         NOT NULL,
    contact_id                BIGINT         NOT NULL,
    deal_id                   BIGINT         NOT NULL,
    sequence_id               BIGINT         NOT NULL,
    follow_up_id              BIGINT         NULL,
    entered_at                TIMESTAMP(6)   NOT NULL,
    switched_from_sequence_id BIGINT         NULL,
    switched_at               TIMESTAMP(6)   NULL,
    name                      VARCHAR(200)   NULL,
    email                     VARCHAR(320)   NULL,
    product                   VARCHAR(200)   NULL,
    country                   VARCHAR(2)     NULL,
    PRIMARY KEY (group_id, contact_id),
    CONSTRAINT fk_lead_member_group FOREIGN KEY (group_id) REFERENCES lead_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_lead_member_contact ON lead_member (contact_id);
CREATE INDEX ix_lead_member_deal ON lead_member (deal_id);
CREATE INDEX ix_lead_member_entered ON lead_member (entered_at);
CREATE INDEX ix_lead_member_group_entered ON lead_member (group_id, entered_at);

-- The follow-up a group started, so follow-ups, e-mails and conversions count per group and variant.
ALTER TABLE follow_up ADD COLUMN lead_group_id BIGINT NULL;
CREATE INDEX ix_follow_up_lead_group ON follow_up (lead_group_id, sequence_id);

-- A pop-up or form source that is a checkout: its leads can become abandoned checkouts.
ALTER TABLE source ADD COLUMN checkout BOOLEAN NOT NULL DEFAULT FALSE;
