-- Cards for new deals in the reps' Telegram chats were sent outside any rule. They are now a
-- shipped rule, so the rule editor and the global switch govern them; "default" keeps who got
-- them: the bot flow's choice, else the responsible rep, else every linked rep.
INSERT INTO automation_rule (id, name, description, active, position, trigger_kind, trigger_spec, conditions, actions,
                             created_at, enabled_at, updated_at, version)
VALUES (NEXT VALUE FOR automation_rule_seq, 'Telegram card for every new deal',
        'Sends the deal card with its buttons to the reps who should see it: the bot flow''s choice, else the responsible rep, else every linked rep.',
        TRUE, -1, 'DEAL_CREATED', '{"type":"DEAL_CREATED"}', '{"all":[],"any":[]}', '[{"type":"NOTIFY_TELEGRAM","to":["default"]}]',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
