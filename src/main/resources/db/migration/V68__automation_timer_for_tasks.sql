-- A timer may also remind the owner of a task that falls due (kind TASK_DUE): such a timer has a
-- task and no rule.
ALTER TABLE automation_timer MODIFY rule_id BIGINT NULL;
ALTER TABLE automation_timer ADD COLUMN task_id BIGINT;
