/**
 * PostgreSQL schema, as an ordered list of migrations. Applied in order at start by
 * `migrate()`, each once, under an advisory lock so replicas starting together do not race.
 * Never edit a released migration: append a new one. Times are epoch ms (bigint), as in SQLite.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'links, events, jobs, attempts, leases, auth state',
    sql: `
CREATE TABLE links (
  id text PRIMARY KEY,
  repository_key text NOT NULL,
  target text NOT NULL,
  capability_hash text UNIQUE,
  webhook_url_sealed text NOT NULL,
  doc jsonb NOT NULL,
  health text NOT NULL DEFAULT 'active',
  consecutive_failures integer NOT NULL DEFAULT 0,
  last_error text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  UNIQUE (repository_key, target)
);

CREATE TABLE events (
  id bigserial PRIMARY KEY,
  delivery text NOT NULL UNIQUE,
  name text NOT NULL,
  action text,
  repository text,
  payload text NOT NULL,
  received_at bigint NOT NULL
);
CREATE INDEX events_received ON events (received_at);
-- Payloads (~10 KB) are compressed on insert: lz4 costs half of pglz's time there. PostgreSQL
-- before 14, or built without lz4, keeps pglz.
DO $$ BEGIN
  ALTER TABLE events ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN NULL;
END $$;

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  link_id text NOT NULL,
  target text NOT NULL,
  summary text NOT NULL,
  status text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  created_at bigint NOT NULL,
  requeued_at bigint,
  finished_at bigint,
  last_status integer,
  last_error text
);
CREATE INDEX jobs_open ON jobs (target, id) WHERE status IN ('queued', 'retrying');
CREATE INDEX jobs_link ON jobs (link_id, id);
CREATE INDEX jobs_status ON jobs (status, id);
CREATE INDEX jobs_event ON jobs (event_id);

CREATE TABLE attempts (
  id bigserial PRIMARY KEY,
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  link_id text NOT NULL,
  target text NOT NULL,
  started_at bigint NOT NULL,
  duration_ms integer NOT NULL,
  status_code integer,
  error text,
  outcome text NOT NULL
);
CREATE INDEX attempts_job ON attempts (job_id);
CREATE INDEX attempts_target_started ON attempts (target, started_at);

CREATE TABLE target_leases (
  target text PRIMARY KEY,
  owner text NOT NULL,
  lease_until bigint NOT NULL
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  login text NOT NULL,
  sealed_token text NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE oauth_states (
  state text PRIMARY KEY,
  data jsonb NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX oauth_states_expires ON oauth_states (expires_at);

CREATE TABLE auth_failures (
  key text PRIMARY KEY,
  count integer NOT NULL,
  reset_at bigint NOT NULL
);
CREATE INDEX auth_failures_reset ON auth_failures (reset_at);
`,
  },
  {
    id: 2,
    name: 'people directory',
    sql: `
CREATE TABLE people (
  login_key text PRIMARY KEY,
  login text NOT NULL,
  teams text NOT NULL,
  name text NOT NULL,
  updated_at bigint NOT NULL
);
`,
  },
  {
    id: 3,
    name: 'digest posts on attempts',
    sql: `
ALTER TABLE attempts ADD COLUMN digest text;
CREATE INDEX attempts_digest ON attempts (digest) WHERE digest IS NOT NULL;
`,
  },
  {
    id: 4,
    name: 'retention: finished jobs by age',
    sql: `
-- RETENTION_DAYS prunes the oldest finished jobs first; events by age (events_received) and a
-- job's attempts (attempts_job) and an event's jobs (jobs_event) are indexed already.
CREATE INDEX jobs_finished ON jobs (finished_at) WHERE status IN ('delivered', 'dead');
`,
  },
  {
    id: 5,
    name: 'incoming webhook log; attempts by link (console)',
    sql: `
CREATE TABLE incoming (
  id bigserial PRIMARY KEY,
  delivery text NOT NULL,
  event text NOT NULL,
  action text,
  repository text,
  repository_key text,
  received_at bigint NOT NULL,
  outcome text NOT NULL,
  links integer NOT NULL,
  reason text
);
CREATE INDEX incoming_repository ON incoming (repository_key, id);
CREATE INDEX attempts_link ON attempts (link_id, started_at);
`,
  },
];
