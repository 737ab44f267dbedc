-- Staffing-agency costs (issue 5): what a municipality paid for hired staff against its own personnel cost, per
-- period, service area and (optionally) profession. Money is numeric, never floating point.

CREATE TABLE cost_line (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code varchar(4)    NOT NULL REFERENCES municipality (code),
    year              smallint      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- null: the whole year; otherwise a month within it
    month             smallint      CHECK (month BETWEEN 1 AND 12),
    service_area_code text          NOT NULL REFERENCES service_area (code),
    -- null: all professions of the service area together
    profession_code   text          REFERENCES profession (code),
    hired_cost        numeric(15,2) NOT NULL CHECK (hired_cost >= 0),
    own_cost          numeric(15,2) NOT NULL CHECK (own_cost >= 0),
    hired_persons     integer       CHECK (hired_persons >= 0),
    hired_fte         numeric(9,2)  CHECK (hired_fte >= 0),
    procured          text          CHECK (procured IN ('yes', 'no', 'partly')),
    -- what the hired staff did: myndighetsutövning (authority), verkställighet (delivery), or both
    task              text          CHECK (task IN ('authority', 'delivery', 'both')),
    reasons           text[]        NOT NULL DEFAULT '{}',
    source            text          NOT NULL CHECK (source IN ('manual', 'file', 'api')),
    reported_by_label text          NOT NULL,
    reported_by_user  uuid,
    reported_by_token uuid,
    reported_at       timestamptz   NOT NULL,
    revision          integer       NOT NULL DEFAULT 1,
    CONSTRAINT cost_line_natural_key
        UNIQUE NULLS NOT DISTINCT (municipality_code, year, month, service_area_code, profession_code)
);

-- The share queries read a year (or month) of every municipality: this index answers them without the table.
CREATE INDEX cost_line_period ON cost_line (year, municipality_code, service_area_code, month, profession_code)
    INCLUDE (hired_cost, own_cost);

-- Per municipality, year, service area and level of detail (0 whole-year lines for all professions, 1 whole-year
-- lines per profession, 2 monthly for all professions, 3 monthly per profession), the sums of the year's lines: the
-- yearly share queries read these few rows instead of the lines. Kept by the transaction that changes the lines.
CREATE TABLE cost_year_total (
    municipality_code varchar(4)    NOT NULL REFERENCES municipality (code),
    year              smallint      NOT NULL,
    service_area_code text          NOT NULL REFERENCES service_area (code),
    lvl               smallint      NOT NULL CHECK (lvl BETWEEN 0 AND 3),
    hired_cost        numeric(17,2) NOT NULL,
    own_cost          numeric(17,2) NOT NULL,
    PRIMARY KEY (year, municipality_code, service_area_code, lvl)
);

-- Corrections keep their history: every replaced version of a line, as it was.
CREATE TABLE cost_line_history (
    LIKE cost_line,
    superseded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cost_line_history_line ON cost_line_history (id);

CREATE FUNCTION cost_line_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cost_line_history SELECT OLD.*, now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER cost_line_history BEFORE UPDATE ON cost_line
    FOR EACH ROW EXECUTE FUNCTION cost_line_keep_history();

-- Idempotency-Key: the first answer to a key is kept, so a retried request gets it again and stores nothing twice.
CREATE TABLE idempotency_key (
    scope        text        NOT NULL,
    key          text        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash bytea       NOT NULL,
    status       integer,
    response     jsonb,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);
