-- Workforce figures (issue 5): the follow-up data the strategy lists, per municipality, year and profession, and per
-- service area where the municipality knows it (null: all areas of the profession together).
CREATE TABLE workforce_figure (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  varchar(4)   NOT NULL REFERENCES municipality (code),
    year               smallint     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    profession_code    text         NOT NULL REFERENCES profession (code),
    service_area_code  text         REFERENCES service_area (code),
    employees          integer      CHECK (employees >= 0),
    fte                numeric(9,2) CHECK (fte >= 0),
    retirements        integer      CHECK (retirements >= 0),
    new_hires          integer      CHECK (new_hires >= 0),
    leavers            integer      CHECK (leavers >= 0),
    sick_leave_percent numeric(5,2) CHECK (sick_leave_percent BETWEEN 0 AND 100),
    source             text         NOT NULL CHECK (source IN ('manual', 'file', 'api')),
    reported_by_label  text         NOT NULL,
    reported_by_user   uuid,
    reported_by_token  uuid,
    reported_at        timestamptz  NOT NULL,
    revision           integer      NOT NULL DEFAULT 1,
    CONSTRAINT workforce_figure_natural_key
        UNIQUE NULLS NOT DISTINCT (municipality_code, year, profession_code, service_area_code)
);

CREATE TABLE workforce_figure_history (
    LIKE workforce_figure,
    superseded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workforce_figure_history_line ON workforce_figure_history (id);

CREATE FUNCTION workforce_figure_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO workforce_figure_history SELECT OLD.*, now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER workforce_figure_history BEFORE UPDATE ON workforce_figure
    FOR EACH ROW EXECUTE FUNCTION workforce_figure_keep_history();

-- Population per municipality and year (SCB's folkmängd on 31 December), for hired cost per inhabitant.
CREATE TABLE population (
    municipality_code varchar(4)  NOT NULL REFERENCES municipality (code),
    year              smallint    NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    inhabitants       integer     NOT NULL CHECK (inhabitants > 0),
    source            text        NOT NULL CHECK (source IN ('manual', 'file', 'api')),
    reported_by_label text        NOT NULL,
    reported_at       timestamptz NOT NULL,
    revision          integer     NOT NULL DEFAULT 1,
    PRIMARY KEY (year, municipality_code)
);

CREATE TABLE population_history (
    LIKE population,
    superseded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX population_history_key ON population_history (municipality_code, year);

CREATE FUNCTION population_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO population_history SELECT OLD.*, now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER population_history BEFORE UPDATE ON population
    FOR EACH ROW EXECUTE FUNCTION population_keep_history();

