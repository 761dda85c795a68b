-- Failed panel logins per username (lower-case, whether or not such a user exists), so that every
-- node refuses a login that is locked after too many wrong passwords. A successful login deletes the row.
CREATE TABLE login_failure (
    username        VARCHAR(100) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    locked_until    TIMESTAMP(6),
    last_failure_at TIMESTAMP(6) NOT NULL
);
