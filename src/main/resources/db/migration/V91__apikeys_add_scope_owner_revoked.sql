-- API keys get a scope (READ, WRITE, ADMIN), an optional owner on the team whose limits they carry,
-- and the time they were revoked. The keys made before scopes existed (LEADWIRE_API_KEY's among
-- them) could do everything, so they get ADMIN.
ALTER TABLE api_key ADD COLUMN scope VARCHAR(10) DEFAULT 'ADMIN' NOT NULL;
ALTER TABLE api_key ADD COLUMN owner_id BIGINT;
ALTER TABLE api_key ADD COLUMN revoked_at TIMESTAMP(6);
-- keys switched off before: revoked, at the only time known
UPDATE api_key SET revoked_at = created_at WHERE active = FALSE;
