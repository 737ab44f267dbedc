-- Issue 16: an export streams its rows from the database instead of waiting for all of them.
-- The submitted responses of a questionnaire in municipality order straight from an index (no sort of every row,
-- with its answers as text, before the first row is sent); the same index serves what (questionnaire_id, status) did.
CREATE INDEX survey_response_questionnaire_order ON survey_response (questionnaire_id, status, municipality_code);
DROP INDEX survey_response_questionnaire;

-- The revoked invitations of a questionnaire, read once per export and results (almost always none) instead of one
-- primary-key read per response.
CREATE INDEX invitation_revoked ON invitation (questionnaire_id) WHERE revoked_at IS NOT NULL;
