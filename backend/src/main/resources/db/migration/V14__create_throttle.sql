-- Throttles against abuse (sign-in guessing, respondent-link guessing): one row per kind of limit and key
-- (a client address, an account, or both), a fixed window with its hit count, and how long the key is blocked.
-- Kept in the database so every replica of the service sees the same counts; written by one upsert per hit.
-- Keys never hold what a person typed: accounts are named by a SHA-256 hash of the normalised e-mail address.
CREATE TABLE throttle (
    kind            text            NOT NULL,
    key             text            NOT NULL,
    window_start    timestamptz     NOT NULL,
    hits            integer         NOT NULL CHECK (hits >= 0),
    blocked_until   timestamptz,
    updated_at      timestamptz     NOT NULL,
    PRIMARY KEY (kind, key)
);
-- For the clean-up of rows nobody has hit for a while.
CREATE INDEX throttle_updated_at_idx ON throttle (updated_at);
