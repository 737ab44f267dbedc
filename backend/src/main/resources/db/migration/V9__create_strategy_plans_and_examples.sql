-- Strategy actions (issue 6): the national strategy as versioned reference data, action plans at national, county
-- and municipality level with goals, activities and progress notes, municipalities' decisions, learning examples.

-- A strategy with its goals, numbered actions and each action's measures per level. A revised strategy is a new row
-- (new code), never an edit of an old one.
CREATE TABLE strategy (
    code         text     PRIMARY KEY,
    title        text     NOT NULL,
    publisher    text     NOT NULL,
    published_on date     NOT NULL,
    period_start smallint NOT NULL,
    period_end   smallint NOT NULL CHECK (period_end >= period_start)
);

CREATE TABLE strategy_goal (
    strategy_code text     NOT NULL REFERENCES strategy (code),
    number        smallint NOT NULL,
    title         text     NOT NULL,
    description   text     NOT NULL,
    PRIMARY KEY (strategy_code, number)
);

-- Actions are numbered through the whole strategy (1, 2, … across the goals). In the 2019–2021 strategy only goals 1
-- and 2 have numbered actions; goals 3 and 4 list their measures directly.
CREATE TABLE strategy_action (
    strategy_code text     NOT NULL,
    goal_number   smallint NOT NULL,
    number        smallint NOT NULL,
    title         text     NOT NULL,
    description   text     NOT NULL,
    FOREIGN KEY (strategy_code, goal_number) REFERENCES strategy_goal (strategy_code, number),
    PRIMARY KEY (strategy_code, number)
);

-- What the national level shall do and the regional and local levels can do, under an action or (action_number
-- null) directly under a goal; one measure may concern several levels. position orders them within the strategy.
CREATE TABLE strategy_measure (
    strategy_code text     NOT NULL,
    goal_number   smallint NOT NULL,
    action_number smallint,
    position      smallint NOT NULL,
    levels        text[]   NOT NULL CHECK (levels <@ ARRAY['national', 'regional', 'local'] AND cardinality(levels) > 0),
    text          text     NOT NULL,
    PRIMARY KEY (strategy_code, position),
    FOREIGN KEY (strategy_code, goal_number) REFERENCES strategy_goal (strategy_code, number),
    FOREIGN KEY (strategy_code, action_number) REFERENCES strategy_action (strategy_code, number)
);

-- SKR's recruitment strategies, as versioned lists (the 2018 list first; later revisions are new versions).
CREATE TABLE recruitment_strategy_list (
    version text PRIMARY KEY,
    source  text NOT NULL
);

CREATE TABLE recruitment_strategy (
    list_version text     NOT NULL REFERENCES recruitment_strategy_list (version),
    code         text     NOT NULL,
    name_sv      text     NOT NULL,
    position     smallint NOT NULL,
    PRIMARY KEY (list_version, code)
);

-- An action plan: owned by the national level (SKR), a county's support structure or a municipality, for a period.
CREATE TABLE action_plan (
    id                uuid        PRIMARY KEY,
    owner_level       text        NOT NULL CHECK (owner_level IN ('national', 'county', 'municipality')),
    county_code       varchar(2)  REFERENCES county (code),
    municipality_code varchar(4)  REFERENCES municipality (code),
    strategy_code     text        REFERENCES strategy (code),
    title             text        NOT NULL CHECK (length(trim(title)) > 0),
    description       text,
    period_start      date        NOT NULL,
    period_end        date        NOT NULL CHECK (period_end >= period_start),
    created_at        timestamptz NOT NULL,
    created_by_label  text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    revision          integer     NOT NULL DEFAULT 0,
    CONSTRAINT action_plan_owner CHECK (
        (owner_level = 'national' AND county_code IS NULL AND municipality_code IS NULL)
        OR (owner_level = 'county' AND county_code IS NOT NULL AND municipality_code IS NULL)
        OR (owner_level = 'municipality' AND municipality_code IS NOT NULL AND county_code IS NULL))
);
CREATE INDEX action_plan_municipality ON action_plan (municipality_code);
CREATE INDEX action_plan_county ON action_plan (county_code);

-- A goal of a plan, or a sub-goal of one of its goals, optionally measured by an indicator: a cost target of the
-- plan's municipality, the hired-staff share KPI at most a value in a year, or a survey question's answer.
CREATE TABLE plan_goal (
    id                  uuid         PRIMARY KEY,
    plan_id             uuid         NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    parent_id           uuid         REFERENCES plan_goal (id) ON DELETE CASCADE,
    position            integer      NOT NULL,
    title               text         NOT NULL CHECK (length(trim(title)) > 0),
    description         text,
    due_date            date,
    indicator_kind      text         CHECK (indicator_kind IN ('cost_target', 'kpi', 'survey_question')),
    target_service_area text         REFERENCES service_area (code),
    target_year         smallint     CHECK (target_year BETWEEN 2000 AND 2100),
    target_max_share    numeric(5,2) CHECK (target_max_share BETWEEN 0 AND 100),
    questionnaire_id    uuid         REFERENCES questionnaire (id),
    question_id         text,
    question_max_value  numeric,
    question_min_value  numeric,
    CONSTRAINT plan_goal_indicator CHECK (
        (indicator_kind IS NULL AND target_year IS NULL AND questionnaire_id IS NULL)
        OR (indicator_kind = 'cost_target' AND target_year IS NOT NULL AND questionnaire_id IS NULL)
        OR (indicator_kind = 'kpi' AND target_year IS NOT NULL AND target_max_share IS NOT NULL
            AND questionnaire_id IS NULL)
        OR (indicator_kind = 'survey_question' AND questionnaire_id IS NOT NULL AND question_id IS NOT NULL
            AND target_year IS NULL))
);
CREATE INDEX plan_goal_plan ON plan_goal (plan_id);

CREATE TABLE plan_activity (
    id                      uuid     PRIMARY KEY,
    plan_id                 uuid     NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    goal_id                 uuid     REFERENCES plan_goal (id) ON DELETE SET NULL,
    title                   text     NOT NULL CHECK (length(trim(title)) > 0),
    description             text,
    owner                   text,
    start_date              date,
    due_date                date,
    status                  text     NOT NULL CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    -- linked to the plan's strategy: its numbered actions, and goals (for goals without numbered actions)
    strategy_actions        smallint[] NOT NULL DEFAULT '{}',
    strategy_goals          smallint[] NOT NULL DEFAULT '{}',
    recruitment_strategies  text[]   NOT NULL DEFAULT '{}',
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
CREATE INDEX plan_activity_plan ON plan_activity (plan_id);

CREATE TABLE progress_note (
    id           uuid        PRIMARY KEY,
    activity_id  uuid        NOT NULL REFERENCES plan_activity (id) ON DELETE CASCADE,
    noted_on     date        NOT NULL,
    text         text        NOT NULL CHECK (length(trim(text)) > 0),
    author_label text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX progress_note_activity ON progress_note (activity_id, noted_on);

-- A municipality's decision to reduce its dependence on staffing agencies.
CREATE TABLE reduction_decision (
    id                uuid        PRIMARY KEY,
    municipality_code varchar(4)  NOT NULL REFERENCES municipality (code),
    decided_on        date        NOT NULL,
    decision_body     text        NOT NULL CHECK (length(trim(decision_body)) > 0),
    reference         text,
    note              text,
    recorded_by_label text        NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX reduction_decision_municipality ON reduction_decision (municipality_code, decided_on);

-- What a municipality or county did and what came of it, searchable in Swedish once published.
CREATE TABLE learning_example (
    id                     uuid        PRIMARY KEY,
    owner_level            text        NOT NULL CHECK (owner_level IN ('county', 'municipality')),
    county_code            varchar(2)  NOT NULL REFERENCES county (code),
    municipality_code      varchar(4)  REFERENCES municipality (code),
    title                  text        NOT NULL CHECK (length(trim(title)) > 0),
    body                   text        NOT NULL,
    results                text,
    contact                text,
    service_areas          text[]      NOT NULL DEFAULT '{}',
    professions            text[]      NOT NULL DEFAULT '{}',
    recruitment_strategies text[]      NOT NULL DEFAULT '{}',
    started_on             date,
    ended_on               date,
    published              boolean     NOT NULL DEFAULT false,
    published_at           timestamptz,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    created_by_label       text        NOT NULL,
    revision               integer     NOT NULL DEFAULT 0,
    search                 tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title), 'A')
        || setweight(to_tsvector('swedish', coalesce(body, '')), 'B')
        || setweight(to_tsvector('swedish', coalesce(results, '')), 'C')) STORED,
    CONSTRAINT learning_example_owner CHECK (
        (owner_level = 'county' AND municipality_code IS NULL)
        OR (owner_level = 'municipality' AND municipality_code IS NOT NULL))
);
CREATE INDEX learning_example_search ON learning_example USING gin (search);
CREATE INDEX learning_example_tags ON learning_example USING gin (recruitment_strategies);
