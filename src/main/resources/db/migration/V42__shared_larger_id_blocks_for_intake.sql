-- The intake writes these rows in batches and takes their ids in blocks (shared.SequenceIds).
-- With blocks of 50 a batch fetched a new block from one sequence or another about once per
-- commit: a database round trip inside every intake transaction (bench/README.md). A block is
-- now 1,000 ids. The sequences of JPA entities keep 50 (their allocationSize).
ALTER SEQUENCE inbound_event_seq INCREMENT BY 1000;
ALTER SEQUENCE contact_seq INCREMENT BY 1000;
ALTER SEQUENCE contact_email_seq INCREMENT BY 1000;
ALTER SEQUENCE contact_history_seq INCREMENT BY 1000;
ALTER SEQUENCE deal_seq INCREMENT BY 1000;
ALTER SEQUENCE deal_history_seq INCREMENT BY 1000;
ALTER SEQUENCE deal_message_seq INCREMENT BY 1000;
ALTER SEQUENCE outbox_message_seq INCREMENT BY 1000;
ALTER SEQUENCE import_job_seq INCREMENT BY 1000;
