-- What an anonymous visitor may see (issue 14): a municipality's or a county's cost figures of one year, the
-- country's of one year, or a campaign's survey results. A row is a publication in force; withdrawing deletes it
-- (the audit trail keeps who published and withdrew what, and when). Everything not published needs a grant.
CREATE TABLE publication (
    id                uuid        PRIMARY KEY,
    kind              text        NOT NULL CHECK (kind IN ('municipality_year', 'county_year', 'national_year', 'campaign')),
    municipality_code varchar(4)  REFERENCES municipality (code),
    county_code       varchar(2)  REFERENCES county (code),
    year              integer     CHECK (year BETWEEN 2000 AND 2100),
    campaign_id       uuid        REFERENCES campaign (id) ON DELETE CASCADE,
    published_at      timestamptz NOT NULL,
    published_by      text        NOT NULL,
    -- Each kind names exactly what it publishes.
    CONSTRAINT publication_subject CHECK (
        (kind = 'municipality_year' AND municipality_code IS NOT NULL AND county_code IS NULL AND year IS NOT NULL AND campaign_id IS NULL)
        OR (kind = 'county_year' AND municipality_code IS NULL AND county_code IS NOT NULL AND year IS NOT NULL AND campaign_id IS NULL)
        OR (kind = 'national_year' AND municipality_code IS NULL AND county_code IS NULL AND year IS NOT NULL AND campaign_id IS NULL)
        OR (kind = 'campaign' AND municipality_code IS NULL AND county_code IS NULL AND year IS NULL AND campaign_id IS NOT NULL))
);

-- One publication per subject: publishing it again is a 409.
CREATE UNIQUE INDEX publication_subject_idx
    ON publication (kind, coalesce(municipality_code, ''), coalesce(county_code, ''), coalesce(year, 0),
                    coalesce(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX publication_municipality_idx ON publication (municipality_code) WHERE municipality_code IS NOT NULL;
CREATE INDEX publication_county_idx ON publication (county_code) WHERE county_code IS NOT NULL;
