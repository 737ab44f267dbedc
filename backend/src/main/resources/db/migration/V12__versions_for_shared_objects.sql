-- Issue 11: every object that several people or programs edit carries a revision, its ETag. A write names the
-- revision it builds on (If-Match) and is refused (412) when someone else changed the object since.
-- Action plans and learning examples already have one; goals, activities and cost targets get theirs here.
-- A target's revision starts at 1 when it is first set: If-Match "0" means "not set yet".
ALTER TABLE plan_goal ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE plan_activity ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE cost_target ADD COLUMN revision integer NOT NULL DEFAULT 1;
