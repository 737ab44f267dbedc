-- A submitted response remembers what submitted it (SHA-256 of If-Match and body), so a retried submit of the same
-- answers gets the first result instead of a conflict. Cleared when the response is reopened.
ALTER TABLE survey_response ADD COLUMN submit_digest bytea;
