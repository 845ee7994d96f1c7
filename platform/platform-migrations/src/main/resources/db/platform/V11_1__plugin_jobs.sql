-- Plugin scheduled jobs (ADR 0038): when each job last started and finished anywhere, so that a job runs once
-- per interval on the whole platform, whichever node holds its lease. Platform-level (no tenant): the job
-- itself works county by county in each county's own transaction.
CREATE TABLE yg.plugin_job_run (
  plugin_id         text        NOT NULL,
  job               text        NOT NULL,
  last_started_at   timestamptz NOT NULL,
  last_finished_at  timestamptz,
  last_result       text        NOT NULL DEFAULT '',
  PRIMARY KEY (plugin_id, job)
);
