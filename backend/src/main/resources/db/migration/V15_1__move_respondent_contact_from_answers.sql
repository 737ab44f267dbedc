-- Issue 12: the shipped templates asked for the respondent's name and e-mail address as ordinary questions
-- (respondent_name, respondent_email), so they landed in every export and result. The templates no longer ask;
-- here the answers already given move to the invitation's contact columns (V15), and the questions leave the
-- answers and the definitions of the questionnaires made from those templates.
CREATE TEMPORARY TABLE contact_template (key text PRIMARY KEY) ON COMMIT DROP;
INSERT INTO contact_template VALUES
    ('national-hired-staff-2017-elderly-disability'), ('national-hired-staff-2017-follow-up-children'),
    ('national-hired-staff-2017-health-care'), ('national-hired-staff-2017-ifo'), ('norrbotten-competence-matrix');

UPDATE invitation i
SET contact_name = coalesce(i.contact_name, left(nullif(btrim(r.answers ->> 'respondent_name'), ''), 200)),
    contact_email = coalesce(i.contact_email, CASE WHEN length(btrim(r.answers ->> 'respondent_email')) >= 3
        THEN left(btrim(r.answers ->> 'respondent_email'), 254) END),
    contact_updated_at = r.updated_at
FROM survey_response r
JOIN questionnaire q ON q.id = r.questionnaire_id
WHERE r.invitation_id = i.id
  AND q.template_key IN (SELECT key FROM contact_template)
  AND (r.answers ? 'respondent_name' OR r.answers ? 'respondent_email');

UPDATE survey_response r
SET answers = r.answers - 'respondent_name' - 'respondent_email',
    answer_revisions = r.answer_revisions - 'respondent_name' - 'respondent_email'
FROM questionnaire q
WHERE q.id = r.questionnaire_id
  AND q.template_key IN (SELECT key FROM contact_template)
  AND (r.answers ? 'respondent_name' OR r.answers ? 'respondent_email'
       OR r.answer_revisions ? 'respondent_name' OR r.answer_revisions ? 'respondent_email');

-- Each definition without those two questions; a section left without questions goes too.
UPDATE questionnaire_version v
SET definition = jsonb_set(v.definition, '{sections}', coalesce((
    SELECT jsonb_agg(kept.section ORDER BY kept.position)
    FROM (
        SELECT jsonb_set(s.section, '{questions}', coalesce((
                   SELECT jsonb_agg(question ORDER BY qp)
                   FROM jsonb_array_elements(s.section -> 'questions') WITH ORDINALITY AS qs(question, qp)
                   WHERE question ->> 'id' NOT IN ('respondent_name', 'respondent_email')), '[]'::jsonb)) AS section,
               s.position
        FROM jsonb_array_elements(v.definition -> 'sections') WITH ORDINALITY AS s(section, position)
    ) kept
    WHERE jsonb_array_length(kept.section -> 'questions') > 0), '[]'::jsonb))
FROM questionnaire q
WHERE q.id = v.questionnaire_id
  AND q.template_key IN (SELECT key FROM contact_template)
  AND jsonb_path_exists(v.definition, '$.sections[*].questions[*] ? (@.id == "respondent_name" || @.id == "respondent_email")');
