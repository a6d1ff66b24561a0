-- A person's records and their per-person clock. Isolation lives here, in PostgreSQL:
-- every table forces row-level security, and each transaction names its person with
-- set_config('app.owner', <verified token subject>, true) (SET LOCAL: safe behind PgBouncer
-- in transaction mode). With no owner set, no row is visible and none can be written.

-- The group role the server's login role belongs to. It has no BYPASSRLS and owns nothing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'recovery_kit_app') THEN
    CREATE ROLE recovery_kit_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

-- One row per person: the last sequence number given out. A push bumps it under this row's
-- lock inside its own transaction, so a person's pushes commit in sequence order and a pull
-- checkpoint never passes a row that is still to commit (gap-free, never skipping).
CREATE TABLE owner_clock (
  owner text PRIMARY KEY DEFAULT current_setting('app.owner', true),
  seq bigint NOT NULL DEFAULT 0 CHECK (seq >= 0)
);

CREATE TABLE records (
  owner text NOT NULL DEFAULT current_setting('app.owner', true),
  kind text NOT NULL,
  id text NOT NULL,
  rev text NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  body jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, kind, id)
);
-- Pull reads a person's rows in sequence order; owner leads every key, so the tables can be
-- partitioned by owner later.
CREATE UNIQUE INDEX records_owner_seq ON records (owner, seq);

ALTER TABLE owner_clock ENABLE ROW LEVEL SECURITY;
ALTER TABLE owner_clock FORCE ROW LEVEL SECURITY;
ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;

CREATE POLICY own_clock ON owner_clock
  USING (owner = current_setting('app.owner', true))
  WITH CHECK (owner = current_setting('app.owner', true));
CREATE POLICY own_records ON records
  USING (owner = current_setting('app.owner', true))
  WITH CHECK (owner = current_setting('app.owner', true));

-- Records are never deleted by the server: a removal is a tombstone (deleted = true).
GRANT SELECT, INSERT, UPDATE ON owner_clock, records TO recovery_kit_app;
