-- Issue 12: a person can be exported and erased (GDPR articles 15 and 17).
-- An erased person keeps their row (audit events, grants given and objects created still name its id), but no
-- e-mail address and no name: the e-mail becomes null and erased_at says when; the name becomes a pseudonym.
ALTER TABLE app_user ALTER COLUMN email DROP NOT NULL;
ALTER TABLE app_user ADD COLUMN erased_at timestamptz;
ALTER TABLE app_user ADD CONSTRAINT app_user_email_unless_erased CHECK ((email IS NULL) = (erased_at IS NOT NULL));

-- The audit trail stays append-only: no event can be deleted, and an event can be changed only by an erasure,
-- which rewrites its actor_label and changes (to drop an e-mail address) and nothing else. An erasure announces
-- itself with the transaction-local setting kl.erasing_person = 'on' (PersonalDataRepository sets it with
-- set_config(…, true), so it ends with the transaction). This guards against mistakes of the application, not
-- against its database role, which owns the table and could drop the trigger.
DROP TRIGGER audit_event_append_only ON audit_event;
CREATE TRIGGER audit_event_append_only BEFORE DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

CREATE FUNCTION audit_event_erasure_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kl.erasing_person', true) IS DISTINCT FROM 'on' THEN
        RAISE EXCEPTION 'audit_event is append-only';
    END IF;
    IF (NEW.id, NEW.occurred_at, NEW.actor_type, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id,
            NEW.municipality_code)
            IS DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_type, OLD.actor_id, OLD.action, OLD.entity_type,
            OLD.entity_id, OLD.municipality_code) THEN
        RAISE EXCEPTION 'an erasure may rewrite only actor_label and changes of an audit event';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_event_erasure_only BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_erasure_only();

-- The respondent's contact details belong to the invitation, not to the answers: they are not in answer exports
-- or results, the coordinators see them on the invitation board, and they are erased with the person.
ALTER TABLE invitation ADD COLUMN contact_name text CHECK (length(contact_name) BETWEEN 1 AND 200);
ALTER TABLE invitation ADD COLUMN contact_email text CHECK (length(contact_email) BETWEEN 3 AND 254);
ALTER TABLE invitation ADD COLUMN contact_phone text CHECK (length(contact_phone) BETWEEN 1 AND 40);
ALTER TABLE invitation ADD COLUMN contact_updated_at timestamptz;
CREATE INDEX invitation_contact_email_idx ON invitation (lower(contact_email)) WHERE contact_email IS NOT NULL;
