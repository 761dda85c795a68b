-- What a deal needs to enter a stage, as JSON: {"fromStages": [ids], "visitedStages": [ids], "fields": [names]}.
-- The ids are stages of the same pipeline (checked by the application, which also refuses deleting a stage
-- another stage requires). NULL asks nothing.
ALTER TABLE stage ADD COLUMN entry_requirements LONGTEXT;
