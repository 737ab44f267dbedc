-- Sweden's counties (län) and municipalities (kommuner). The SCB code is the primary key, kept as
-- text because the leading zero is part of the code ('0180', '01').

-- Case- and accent-insensitive search ('lulea' finds 'Luleå'). unaccent is a trusted extension,
-- so the database owner may create it; the wrapper is immutable so it can back indexes later.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Swedish alphabetical order: å, ä, ö after z.
CREATE COLLATION IF NOT EXISTS swedish (provider = icu, locale = 'sv-SE');

CREATE TABLE county (
    code varchar(2)                 NOT NULL PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name text COLLATE swedish       NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE municipality (
    code        varchar(4)              NOT NULL PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
    name        text COLLATE swedish    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    county_code varchar(2)              NOT NULL REFERENCES county (code),
    population  integer                 CHECK (population >= 0),
    -- An SCB municipality code starts with its county's code.
    CONSTRAINT municipality_code_in_county CHECK (left(code, 2) = county_code)
);

CREATE INDEX municipality_county_code_idx ON municipality (county_code);
