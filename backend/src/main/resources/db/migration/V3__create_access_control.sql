-- Who may do what: people, their role grants, browser sessions, API tokens, and the audit trail.
-- Secrets (passwords, session and token values) are never stored, only their hashes.

CREATE TABLE app_user (
    id                  uuid            NOT NULL PRIMARY KEY,
    email               text            NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
    display_name        text            NOT NULL CHECK (length(trim(display_name)) > 0),
    password_hash       text,
    active              boolean         NOT NULL DEFAULT true,
    failed_sign_ins     integer         NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    created_at          timestamptz     NOT NULL,
    password_changed_at timestamptz,
    version             bigint          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);

CREATE TABLE role_grant (
    id                  uuid            NOT NULL PRIMARY KEY,
    user_id             uuid            NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role                text            NOT NULL CHECK (role IN ('admin', 'county_coordinator', 'municipality_editor', 'analyst')),
    county_code         varchar(2)      REFERENCES county (code),
    municipality_code   varchar(4)      REFERENCES municipality (code),
    granted_at          timestamptz     NOT NULL,
    -- A coordinator works for one county, an editor for one municipality; the others are national.
    CONSTRAINT role_grant_scope CHECK (
        (role = 'county_coordinator' AND county_code IS NOT NULL AND municipality_code IS NULL)
        OR (role = 'municipality_editor' AND municipality_code IS NOT NULL AND county_code IS NULL)
        OR (role IN ('admin', 'analyst') AND county_code IS NULL AND municipality_code IS NULL))
);
CREATE UNIQUE INDEX role_grant_unique ON role_grant (user_id, role, coalesce(county_code, ''), coalesce(municipality_code, ''));

CREATE TABLE user_session (
    id                  uuid            NOT NULL PRIMARY KEY,
    token_hash          text            NOT NULL UNIQUE,
    user_id             uuid            NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at          timestamptz     NOT NULL,
    expires_at          timestamptz     NOT NULL,
    revoked_at          timestamptz
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE api_token (
    id                  uuid            NOT NULL PRIMARY KEY,
    name                text            NOT NULL CHECK (length(trim(name)) > 0),
    token_hash          text            NOT NULL UNIQUE,
    -- The first characters of the token, so a person can tell their tokens apart; not enough to use one.
    prefix              text            NOT NULL,
    -- A personal token acts as its owner; an integration token is bound to one municipality instead.
    owner_id            uuid            REFERENCES app_user (id) ON DELETE CASCADE,
    municipality_code   varchar(4)      REFERENCES municipality (code),
    scopes              text[]          NOT NULL,
    created_at          timestamptz     NOT NULL,
    created_by          uuid            REFERENCES app_user (id) ON DELETE SET NULL,
    expires_at          timestamptz     NOT NULL,
    last_used_at        timestamptz,
    revoked_at          timestamptz,
    CONSTRAINT api_token_kind CHECK ((owner_id IS NULL) <> (municipality_code IS NULL))
);
CREATE INDEX api_token_owner_idx ON api_token (owner_id);

CREATE TABLE audit_event (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at         timestamptz     NOT NULL,
    actor_type          text            NOT NULL CHECK (actor_type IN ('user', 'token', 'system', 'anonymous')),
    actor_id            uuid,
    actor_label         text            NOT NULL,
    action              text            NOT NULL,
    entity_type         text            NOT NULL,
    entity_id           text,
    municipality_code   varchar(4),
    changes             jsonb           NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id);
CREATE INDEX audit_event_municipality_idx ON audit_event (municipality_code);

-- The audit trail is append-only: no role, the application's included, may change or remove an event.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
