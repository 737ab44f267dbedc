-- Targets (målvärde) a municipality sets for its hired-staff share: at most this share in this year, in one
-- service area or (service area null) all together.
CREATE TABLE cost_target (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code varchar(4)   NOT NULL REFERENCES municipality (code),
    service_area_code text         REFERENCES service_area (code),
    year              smallint     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    max_share         numeric(5,2) NOT NULL CHECK (max_share BETWEEN 0 AND 100),
    set_by_label      text         NOT NULL,
    set_at            timestamptz  NOT NULL,
    CONSTRAINT cost_target_key UNIQUE NULLS NOT DISTINCT (municipality_code, service_area_code, year)
);
