-- Why an e-mail was not sent (or the mail server gave no answer), as a code the web app words in the reader's
-- language; last_reply keeps only what the mail server or the connection itself said, verbatim. Rows written before
-- held the reason as an English sentence in last_reply: they get its code here.
ALTER TABLE mail_outbox ADD COLUMN reason text CHECK (reason IN ('invitation_withdrawn', 'questionnaire_closed',
    'municipality_submitted', 'contact_removed', 'no_answer'));

UPDATE mail_outbox
SET reason = CASE last_reply
        WHEN 'Not sent: the invitation was withdrawn.' THEN 'invitation_withdrawn'
        WHEN 'Not sent: the questionnaire is closed.' THEN 'questionnaire_closed'
        WHEN 'Not sent: the municipality has submitted its answers.' THEN 'municipality_submitted'
        WHEN 'Not sent: the contact was removed.' THEN 'contact_removed'
    END,
    last_reply = NULL
WHERE last_reply IN ('Not sent: the invitation was withdrawn.', 'Not sent: the questionnaire is closed.',
    'Not sent: the municipality has submitted its answers.', 'Not sent: the contact was removed.');

-- "No answer from the mail server: <the connection's error>": the code, and the error as it was.
UPDATE mail_outbox
SET reason = 'no_answer',
    last_reply = NULLIF(substr(last_reply, length('No answer from the mail server: ') + 1), '')
WHERE starts_with(last_reply, 'No answer from the mail server: ');
