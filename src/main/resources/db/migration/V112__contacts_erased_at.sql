-- When the person was erased (privacy module): the contact row stays as an empty shell that deals
-- point at, and the contacts list leaves it out.
ALTER TABLE contact ADD COLUMN erased_at TIMESTAMP(6) NULL;
UPDATE contact SET erased_at = (SELECT MIN(e.erased_at) FROM erasure e WHERE e.contact_id = contact.id)
    WHERE id IN (SELECT contact_id FROM erasure);
