-- A claimed row carries the claimer's token until it is marked; next_attempt_at is then the
-- end of the claim, so the rows of a crashed node become due again by themselves.
ALTER TABLE outbox_message ADD COLUMN claim_token VARCHAR(40);
