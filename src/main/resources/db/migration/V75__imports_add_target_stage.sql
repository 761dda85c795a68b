-- The pipeline or stage an import's deals enter when the admin chose one (before the source's placement).
ALTER TABLE import_job ADD COLUMN pipeline_id BIGINT;
ALTER TABLE import_job ADD COLUMN stage_id BIGINT;
