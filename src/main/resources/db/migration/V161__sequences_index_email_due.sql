-- The dashboard counts the follow-up e-mails sent in a period by the time each fell due
-- (automation.sequences.FollowUpFigures); due_at is written once, when the step falls due.
CREATE INDEX ix_follow_up_email_due ON follow_up_email (due_at, status, step);
