-- The two default lead groups of 003_... (kind DEFAULT: present on every install, editable, not
-- deletable), inactive until an admin gives them a sequence and switches them on. Their ids are
-- taken from lead_group_seq so that SequenceIds' blocks start after them.
INSERT INTO lead_group (id, kind, name, description, status, source, abandon_after, priority, products, created_at, updated_at)
VALUES (NEXT VALUE FOR lead_group_seq, 'DEFAULT', 'Unfinished orders',
        'A payment was started but did not succeed (failed or expired checkout).', 'INACTIVE', 'UNFINISHED', NULL, 20, '[]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO lead_group (id, kind, name, description, status, source, abandon_after, priority, products, created_at, updated_at)
VALUES (NEXT VALUE FOR lead_group_seq, 'DEFAULT', 'Abandoned checkouts',
        'An e-mail was left at a checkout form or pop-up and no payment followed within the set time.', 'INACTIVE', 'ABANDONED', 'PT1H',
        10, '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- What a group's follow-up takes from the group when it starts: the group's BCC (besides the
-- sequence's), and whether the deal's own discount stays (the group does not override discounts).
ALTER TABLE follow_up ADD COLUMN group_bcc VARCHAR(320) NULL;
ALTER TABLE follow_up ADD COLUMN keep_deal_discount BOOLEAN NOT NULL DEFAULT FALSE;
