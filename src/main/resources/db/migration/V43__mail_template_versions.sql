-- A template name holds one version per language (pt-BR, en): a subject, an HTML body and its
-- plain-text alternative, and whether it is transactional (still sent after an unsubscribe).
ALTER TABLE mail_template ADD COLUMN language VARCHAR(10) NOT NULL DEFAULT 'pt-BR';
ALTER TABLE mail_template ADD COLUMN transactional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE mail_template DROP CONSTRAINT uk_mail_template_name;
ALTER TABLE mail_template ADD CONSTRAINT uk_mail_template_name_language UNIQUE (name, language);

-- The old body was sent as text/plain: it stays the text part word for word, and the HTML part
-- is that text escaped, with its line breaks kept.
ALTER TABLE mail_template RENAME COLUMN body TO html_body;
ALTER TABLE mail_template ADD COLUMN text_body LONGTEXT;
UPDATE mail_template
   SET text_body = html_body,
       html_body = REPLACE(REPLACE(REPLACE(REPLACE(html_body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                           CHAR(10), CONCAT('<br>', CHAR(10)));
