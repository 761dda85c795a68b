-- An intake filling fields of a known contact is an UPDATE (event ContactUpdated); MERGED now
-- means only a manual merge of two contacts.
UPDATE contact_history SET change_kind = 'UPDATED' WHERE change_kind = 'MERGED';
