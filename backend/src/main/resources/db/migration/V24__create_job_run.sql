-- Scheduled jobs that must run once per period across all replicas (issue 17, common/ClusterJobs): the replica whose
-- timer fires first claims the period by moving started_at forward in one conditional upsert; the others find the
-- period taken and skip it. Nothing here is business data: a lost row only lets the next timer run the job again.
CREATE TABLE job_run (
    job         text        PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    -- which replica ran it last (host name and process id), for whoever wonders why a job ran where it did
    instance    text        NOT NULL,
    -- how many times the job has run in all, across replicas
    runs        bigint      NOT NULL DEFAULT 1
);
