-- The contact list: where a contact first came from (the source key of the event that created
-- it, for the list's source filter), and the merge that retired it (a merged-away contact stays,
-- so that undoing the merge can bring it back, but no list, search or look-up shows it).
ALTER TABLE contact ADD COLUMN source_key VARCHAR(100);
ALTER TABLE contact ADD COLUMN merged_into BIGINT;

-- Contacts from before: the source of their first deal.
UPDATE contact SET source_key = (
    SELECT s.source_key FROM deal d JOIN source s ON s.id = d.source_id
    WHERE d.contact_id = contact.id ORDER BY d.id LIMIT 1);

-- Duplicate candidates look contacts up by equal name and equal phone.
CREATE INDEX ix_contact_name ON contact (name);
CREATE INDEX ix_contact_phone ON contact (phone);
