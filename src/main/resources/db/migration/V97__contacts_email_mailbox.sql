-- The mailbox an address delivers to (EmailAddress.mailbox(): no +tag; Gmail without dots, at
-- gmail.com), so that duplicate candidates find "ana.souza+promo@gmail.com" for "anasouza@googlemail.com".
ALTER TABLE contact_email ADD COLUMN mailbox VARCHAR(320);

UPDATE contact_email SET mailbox = CONCAT(
    CASE WHEN LOCATE('+', email) > 1 THEN SUBSTRING(email, 1, LOCATE('+', email) - 1)
         ELSE SUBSTRING(email, 1, LOCATE('@', email) - 1) END,
    SUBSTRING(email, LOCATE('@', email)));
UPDATE contact_email SET mailbox = CONCAT(REPLACE(SUBSTRING(mailbox, 1, LOCATE('@', mailbox) - 1), '.', ''), '@gmail.com')
    WHERE SUBSTRING(mailbox, LOCATE('@', mailbox) + 1) IN ('gmail.com', 'googlemail.com');

CREATE INDEX ix_contact_email_mailbox ON contact_email (mailbox);
