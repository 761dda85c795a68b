-- What a message counts towards, e.g. contact-12:2026-12-08 for a marketing e-mail to contact 12 on
-- that business day (the per-contact daily cap counts them with one indexed query). Null for the rest.
ALTER TABLE outbox_message ADD COLUMN tally VARCHAR(80) NULL;
CREATE INDEX ix_outbox_tally ON outbox_message (tally);
