-- The dashboard counts a pipeline's deals created in a period, per source: by pipeline_id alone
-- the database read every deal of the pipeline (100,000 rows for a month's figures).
CREATE INDEX ix_deal_pipeline_created ON deal (pipeline_id, created_at);
