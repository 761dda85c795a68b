-- The dashboard's deals per source read, for the pipeline's deals created in a period, their
-- source, stage now, currency and value; with those in the index the range is read from it alone
-- instead of looking up each deal's row (100k deals, a year: 312 ms, bench/README.md).
CREATE INDEX ix_deal_pipeline_created_figures ON deal (pipeline_id, created_at, source_id, stage_id, currency, amount);
DROP INDEX ix_deal_pipeline_created ON deal;
