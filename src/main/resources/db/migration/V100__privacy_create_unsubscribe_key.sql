-- The key that signs unsubscribe links (privacy.UnsubscribeTokens): generated at the first start of an
-- install and kept here, never in the repository or a log, so links in e-mails already sent keep
-- working across restarts and on every node.
CREATE TABLE privacy_unsubscribe_key (
    id         INT           NOT NULL PRIMARY KEY,
    secret     VARCHAR(100)  NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL
);
