-- A token created over the API with another token (tokens:write) names that token: the chain from a system's
-- token back to the person who first signed in stays traceable, beside the audit trail's token_issued event.
ALTER TABLE api_token ADD COLUMN created_with_token uuid REFERENCES api_token (id);
