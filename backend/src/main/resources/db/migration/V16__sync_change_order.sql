-- Incremental sync (issue 13): "what changed since" for cost lines, workforce figures, population, survey responses,
-- action plans and learning examples, deletions included.
--
-- Every object of those kinds has one row here: its place in the change order, or (deleted_at set) its tombstone.
-- Triggers keep it, so every write path (the API, a batch, psql, a cascade) is covered. The place is the writing
-- transaction's id and a sequence number, (xid, seq). A sync read returns only places whose transaction id is below
-- the xmin of its snapshot: every such transaction has ended, and any transaction that commits later has a larger id.
-- So a cursor (the last place returned) never passes a change that is still to commit; a plain sequence or a
-- timestamp would (a transaction holding seq 10 may commit after one holding seq 11 has been read).
-- A changed object's row is overwritten: it moves to its new place, and the client upserts it again.
CREATE SEQUENCE sync_change_seq CACHE 32;

CREATE TABLE sync_change (
    kind              text        NOT NULL,
    id                text        NOT NULL,
    -- the municipality the object belongs to (null: a county's or the nation's), so a reader's scope filters here,
    -- tombstones included
    municipality_code varchar(4),
    xid               xid8        NOT NULL,
    seq               bigint      NOT NULL,
    -- when the writing transaction began (now()): for the coarse `since` start only, never for the order
    changed_at        timestamptz NOT NULL,
    deleted_at        timestamptz,
    PRIMARY KEY (kind, id)
);
-- The sync read: a kind's places in order after a cursor.
CREATE INDEX sync_change_order ON sync_change (kind, xid, seq);
-- The coarse start `since`: the first place changed at or after an instant.
CREATE INDEX sync_change_time ON sync_change (kind, changed_at);

-- Records the rows of a statement: TG_ARGV[0] is the kind, TG_ARGV[1] a query over the transition table `changed`
-- giving (id, municipality_code), TG_ARGV[2] 'tombstone' when they are gone. One statement-level INSERT per
-- statement, however many rows it wrote (a 100 000-line batch costs one more INSERT … SELECT, not 100 000).
CREATE FUNCTION sync_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        INSERT INTO sync_change AS s (kind, id, municipality_code, xid, seq, changed_at, deleted_at)
        SELECT %L, c.id, c.municipality_code, pg_current_xact_id(), nextval('sync_change_seq'), now(), %s
          FROM (%s) AS c (id, municipality_code)
        ON CONFLICT (kind, id) DO UPDATE
           SET municipality_code = EXCLUDED.municipality_code, xid = EXCLUDED.xid, seq = EXCLUDED.seq,
               changed_at = EXCLUDED.changed_at, deleted_at = EXCLUDED.deleted_at$sql$,
        TG_ARGV[0], CASE WHEN TG_ARGV[2] = 'tombstone' THEN 'now()' ELSE 'NULL::timestamptz' END, TG_ARGV[1]);
    RETURN NULL;
END;
$$;

-- Tables whose rows are the objects: insert and update stamp, delete leaves a tombstone.
CREATE TRIGGER cost_line_sync_insert AFTER INSERT ON cost_line REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('cost_line', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER cost_line_sync_update AFTER UPDATE ON cost_line REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('cost_line', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER cost_line_sync_delete AFTER DELETE ON cost_line REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('cost_line', 'SELECT id::text, municipality_code FROM changed', 'tombstone');

CREATE TRIGGER workforce_figure_sync_insert AFTER INSERT ON workforce_figure REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('workforce_figure', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER workforce_figure_sync_update AFTER UPDATE ON workforce_figure REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('workforce_figure', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER workforce_figure_sync_delete AFTER DELETE ON workforce_figure REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('workforce_figure', 'SELECT id::text, municipality_code FROM changed', 'tombstone');

-- Population has no surrogate id: its key is municipality and year, as "2580-2025".
CREATE TRIGGER population_sync_insert AFTER INSERT ON population REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('population', 'SELECT municipality_code || ''-'' || year, municipality_code FROM changed', 'stamp');
CREATE TRIGGER population_sync_update AFTER UPDATE ON population REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('population', 'SELECT municipality_code || ''-'' || year, municipality_code FROM changed', 'stamp');
CREATE TRIGGER population_sync_delete AFTER DELETE ON population REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('population', 'SELECT municipality_code || ''-'' || year, municipality_code FROM changed', 'tombstone');

CREATE TRIGGER survey_response_sync_insert AFTER INSERT ON survey_response REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('survey_response', 'SELECT invitation_id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER survey_response_sync_update AFTER UPDATE ON survey_response REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('survey_response', 'SELECT invitation_id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER survey_response_sync_delete AFTER DELETE ON survey_response REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('survey_response', 'SELECT invitation_id::text, municipality_code FROM changed', 'tombstone');
-- A response's status shows its invitation's revocation: a changed invitation moves its response (if any).
CREATE TRIGGER invitation_sync_update AFTER UPDATE ON invitation REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('survey_response',
        'SELECT r.invitation_id::text, r.municipality_code FROM changed c JOIN survey_response r ON r.invitation_id = c.id', 'stamp');

CREATE TRIGGER action_plan_sync_insert AFTER INSERT ON action_plan REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER action_plan_sync_update AFTER UPDATE ON action_plan REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER action_plan_sync_delete AFTER DELETE ON action_plan REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan', 'SELECT id::text, municipality_code FROM changed', 'tombstone');
-- A plan is one object with its goals, activities and notes: any change to them moves the plan. The join keeps a plan
-- being deleted (its parts go by cascade) from coming back to life.
CREATE TRIGGER plan_goal_sync_insert AFTER INSERT ON plan_goal REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER plan_goal_sync_update AFTER UPDATE ON plan_goal REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER plan_goal_sync_delete AFTER DELETE ON plan_goal REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER plan_activity_sync_insert AFTER INSERT ON plan_activity REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER plan_activity_sync_update AFTER UPDATE ON plan_activity REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER plan_activity_sync_delete AFTER DELETE ON plan_activity REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN action_plan p ON p.id = c.plan_id', 'stamp');
CREATE TRIGGER progress_note_sync_insert AFTER INSERT ON progress_note REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN plan_activity a ON a.id = c.activity_id JOIN action_plan p ON p.id = a.plan_id', 'stamp');
CREATE TRIGGER progress_note_sync_update AFTER UPDATE ON progress_note REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN plan_activity a ON a.id = c.activity_id JOIN action_plan p ON p.id = a.plan_id', 'stamp');
CREATE TRIGGER progress_note_sync_delete AFTER DELETE ON progress_note REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('action_plan',
        'SELECT DISTINCT p.id::text, p.municipality_code FROM changed c JOIN plan_activity a ON a.id = c.activity_id JOIN action_plan p ON p.id = a.plan_id', 'stamp');

CREATE TRIGGER learning_example_sync_insert AFTER INSERT ON learning_example REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('learning_example', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER learning_example_sync_update AFTER UPDATE ON learning_example REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('learning_example', 'SELECT id::text, municipality_code FROM changed', 'stamp');
CREATE TRIGGER learning_example_sync_delete AFTER DELETE ON learning_example REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION sync_record('learning_example', 'SELECT id::text, municipality_code FROM changed', 'tombstone');

-- What exists already gets its place, in this migration's transaction.
INSERT INTO sync_change (kind, id, municipality_code, xid, seq, changed_at)
SELECT kind, id, municipality_code, pg_current_xact_id(), nextval('sync_change_seq'), now()
  FROM (SELECT 'cost_line', id::text, municipality_code FROM cost_line
        UNION ALL SELECT 'workforce_figure', id::text, municipality_code FROM workforce_figure
        UNION ALL SELECT 'population', municipality_code || '-' || year, municipality_code FROM population
        UNION ALL SELECT 'survey_response', invitation_id::text, municipality_code FROM survey_response
        UNION ALL SELECT 'action_plan', id::text, municipality_code FROM action_plan
        UNION ALL SELECT 'learning_example', id::text, municipality_code FROM learning_example)
       AS existing (kind, id, municipality_code);
