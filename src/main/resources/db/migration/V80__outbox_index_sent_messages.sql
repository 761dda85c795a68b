-- The dashboard counts the e-mails sent in a period; a row's sent_at is set once, when it is
-- sent, so this index changes once per row (status changes do not touch it).
CREATE INDEX ix_outbox_sent ON outbox_message (channel, sent_at);
