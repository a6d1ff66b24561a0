// @ts-check
// Runs the SQL files in ../migrations in name order, each once, each in its own transaction.
// An advisory lock lets several servers start at once without migrating twice.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const MIGRATIONS = new URL('../migrations/', import.meta.url);
/** Any constant: the key of the advisory lock held while migrating. */
const LOCK_KEY = 7_315_015;

/**
 * Applies every migration not yet applied, as the database owner (not the app role).
 * @param {string} databaseUrl
 * @returns {Promise<string[]>} the names applied now
 */
export async function migrate(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await client.query('SELECT name FROM schema_migrations')).rows.map((row) => row.name),
    );
    const applied = [];
    for (const name of readdirSync(MIGRATIONS)
      .filter((file) => file.endsWith('.sql'))
      .sort()) {
      if (done.has(name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(new URL(name, MIGRATIONS), 'utf8'));
        await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${name} failed: ${/** @type {Error} */ (error).message}`);
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await client.end();
  }
}
