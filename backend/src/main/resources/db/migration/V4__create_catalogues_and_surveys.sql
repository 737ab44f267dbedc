-- Catalogues shared by surveys and staffing-agency costs, and the survey tables.
-- Catalogue rows are reference data, never enums in code: a code is stable, a retired entry gets valid_to
-- (answers naming it keep their meaning), a new one is added by a later migration.

CREATE TABLE service_area (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    parent_code text REFERENCES service_area (code),
    name_sv     text NOT NULL,
    name_en     text NOT NULL,
    sort_order  integer NOT NULL,
    valid_from  date NOT NULL DEFAULT DATE '2017-01-01',
    valid_to    date
);

CREATE TABLE profession (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name_sv    text NOT NULL,
    name_en    text NOT NULL,
    ssyk_2012  text CHECK (ssyk_2012 ~ '^[0-9]{4}$'),
    sort_order integer NOT NULL,
    valid_from date NOT NULL DEFAULT DATE '2017-01-01',
    valid_to   date
);

-- Questionnaires sent together (the national survey's three).
CREATE TABLE campaign (
    id                uuid PRIMARY KEY,
    title             text NOT NULL,
    description       text,
    owner_county_code varchar(2) REFERENCES county (code),
    created_at        timestamptz NOT NULL,
    created_by        uuid REFERENCES app_user (id),
    revision          integer NOT NULL DEFAULT 0
);

CREATE TABLE questionnaire (
    id                uuid PRIMARY KEY,
    campaign_id       uuid REFERENCES campaign (id),
    title_sv          text NOT NULL,
    title_en          text,
    description_sv    text,
    description_en    text,
    template_key      text,
    -- null: a national questionnaire (administrators); else the county whose coordinators run it.
    owner_county_code varchar(2) REFERENCES county (code),
    status            text NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'archived')),
    anonymous         boolean NOT NULL DEFAULT false,
    opens_at          timestamptz,
    closes_at         timestamptz,
    current_version   integer NOT NULL,
    prefill_source_id uuid REFERENCES questionnaire (id),
    created_at        timestamptz NOT NULL,
    created_by        uuid REFERENCES app_user (id),
    updated_at        timestamptz NOT NULL,
    revision          integer NOT NULL DEFAULT 0,
    CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);
CREATE INDEX questionnaire_campaign ON questionnaire (campaign_id);

-- Each definition a questionnaire has had; frozen (frozen_at set) once it has been open. Answers name theirs.
CREATE TABLE questionnaire_version (
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id),
    version          integer NOT NULL,
    definition       jsonb NOT NULL,
    created_at       timestamptz NOT NULL,
    frozen_at        timestamptz,
    PRIMARY KEY (questionnaire_id, version)
);

-- One per municipality and questionnaire. The respondent link carries a random value; only its SHA-256 is kept.
CREATE TABLE invitation (
    id                uuid PRIMARY KEY,
    questionnaire_id  uuid NOT NULL REFERENCES questionnaire (id),
    municipality_code varchar(4) NOT NULL REFERENCES municipality (code),
    link_hash         text NOT NULL UNIQUE,
    link_issued_at    timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by        uuid REFERENCES app_user (id),
    revoked_at        timestamptz,
    UNIQUE (questionnaire_id, municipality_code)
);

-- The answer of one invitation: a draft (started) until submitted; pinned to the version it was begun on.
CREATE TABLE survey_response (
    invitation_id     uuid PRIMARY KEY REFERENCES invitation (id),
    questionnaire_id  uuid NOT NULL REFERENCES questionnaire (id),
    municipality_code varchar(4) NOT NULL REFERENCES municipality (code),
    version           integer NOT NULL,
    status            text NOT NULL CHECK (status IN ('started', 'submitted')),
    answers           jsonb NOT NULL DEFAULT '{}',
    -- question id -> the revision at which its answer last changed, to tell a conflicting save what changed.
    answer_revisions  jsonb NOT NULL DEFAULT '{}',
    revision          integer NOT NULL,
    started_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    submitted_at      timestamptz,
    reopened_at       timestamptz,
    reopen_reason     text,
    FOREIGN KEY (questionnaire_id, version) REFERENCES questionnaire_version (questionnaire_id, version)
);
CREATE INDEX survey_response_questionnaire ON survey_response (questionnaire_id, status);
