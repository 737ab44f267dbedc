-- Issue 15: contact persons per municipality, e-mailed invitations and reminders through an outbox.

-- Who in a municipality answers surveys, and for which service areas (none: all). Personal data: exported and
-- erased with the person by e-mail address (privacy/).
CREATE TABLE municipality_contact (
    id                uuid PRIMARY KEY,
    municipality_code varchar(4) NOT NULL REFERENCES municipality (code),
    name              text NOT NULL,
    email             text NOT NULL,
    role              text,
    service_areas     text[] NOT NULL DEFAULT '{}',
    language          varchar(2) NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX municipality_contact_address ON municipality_contact (municipality_code, lower(email));

-- Automatic reminders: this many days before the questionnaire closes.
CREATE TABLE reminder_schedule (
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id),
    days_before      integer NOT NULL CHECK (days_before BETWEEN 1 AND 90),
    PRIMARY KEY (questionnaire_id, days_before)
);

-- One send: an invitation round or a reminder round. A reminder's slot ('before:7', 'manual:<id>') is unique per
-- questionnaire, so a scheduled slot is queued once however many replicas look at it.
CREATE TABLE mailing (
    id               uuid PRIMARY KEY,
    questionnaire_id uuid NOT NULL REFERENCES questionnaire (id),
    kind             text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
    slot             text,
    note             text,
    send_at          timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       uuid REFERENCES app_user (id),
    UNIQUE (questionnaire_id, slot)
);

-- The outbox: one row per e-mail, written in the transaction that decided it; sent by mail/MailWorker.
-- Never holds a respondent link: the link is made when the row is claimed, and only its hash is kept.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    mailing_id      uuid NOT NULL REFERENCES mailing (id),
    invitation_id   uuid NOT NULL REFERENCES invitation (id),
    contact_id      uuid REFERENCES municipality_contact (id) ON DELETE SET NULL,
    kind            text NOT NULL CHECK (kind IN ('invitation', 'reminder')),
    recipient       text NOT NULL,
    language        varchar(2) NOT NULL CHECK (language IN ('sv', 'en')),
    status          text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'deferred', 'failed', 'cancelled')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_at      timestamptz,
    claimed_by      text,
    last_attempt_at timestamptz,
    last_reply      text,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (mailing_id, invitation_id, contact_id)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status IN ('queued', 'sending', 'deferred', 'failed');
CREATE INDEX mail_outbox_invitation ON mail_outbox (invitation_id);
-- An invitation e-mail goes to a contact once per invitation, whatever number of rounds are started.
CREATE UNIQUE INDEX mail_outbox_one_invitation ON mail_outbox (invitation_id, contact_id) WHERE kind = 'invitation';

-- Respondent links made for e-mails, beside the invitation's own: each opens the invitation's one draft.
CREATE TABLE invitation_link (
    link_hash     text PRIMARY KEY,
    invitation_id uuid NOT NULL REFERENCES invitation (id),
    outbox_id     uuid REFERENCES mail_outbox (id),
    issued_at     timestamptz NOT NULL
);
CREATE INDEX invitation_link_invitation ON invitation_link (invitation_id);
