// @ts-check
// A throwaway PostgreSQL cluster in a temporary folder, reachable only through a unix socket
// in that folder (no TCP port). `--dev` and the tests use it; it is never for real data.
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Folders where Debian and other systems keep initdb and pg_ctl. */
const BIN_FOLDERS = [
  '/usr/lib/postgresql/17/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/15/bin',
];

/** Said when no PostgreSQL is installed, so the person knows what to do. */
export const MISSING_POSTGRES_MESSAGE =
  'PostgreSQL was not found (initdb and pg_ctl). Install it (Debian/Ubuntu: ' +
  '`apt-get install -y postgresql`), or set PG_BIN to the folder holding initdb.';

/** The folder with initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
  const folders = process.env.PG_BIN ? [process.env.PG_BIN] : BIN_FOLDERS;
  return folders.find((folder) => existsSync(join(folder, 'initdb'))) ?? null;
}

/**
 * @typedef {object} LocalCluster
 * @property {string} socketDir folder of the unix socket (the `host` for node-postgres)
 * @property {string} dataDir
 * @property {(user?: string, database?: string) => string} url a connection string
 * @property {(mode?: 'fast' | 'immediate') => Promise<void>} stop
 * @property {() => Promise<void>} start start again after `stop`
 * @property {() => Promise<void>} promote turn a standby into a primary
 * @property {() => Promise<void>} destroy stop and delete every file
 */

/**
 * Creates and starts a cluster. As root, PostgreSQL runs as the `postgres` user (initdb
 * refuses root).
 * @param {{ settings?: Record<string, string>, dataDir?: string, folder?: string }} [options]
 *   `settings` become postgresql.conf lines; `dataDir` reuses an existing data folder (a
 *   base backup) instead of running initdb; `folder` is where the socket goes.
 * @returns {Promise<LocalCluster>}
 */
export async function startLocalCluster(options = {}) {
  const folder = options.folder ?? makeClusterFolder();
  const dataDir = options.dataDir ?? join(folder, 'data');
  const pg = runPostgresTool;
  if (!options.dataDir) {
    await pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  }
  const settings = Object.entries(options.settings ?? {});
  if (settings.length > 0) {
    const lines = settings.map(([key, value]) => `${key} = ${value}\n`).join('');
    appendFileSync(join(dataDir, 'postgresql.conf'), lines);
  }
  const serverOptions = `-c listen_addresses='' -k ${folder}`;
  const start = async () => {
    await pg('pg_ctl', [
      '-D',
      dataDir,
      '-o',
      serverOptions,
      '-l',
      join(folder, 'log'),
      '-w',
      'start',
    ]);
  };
  /** @param {'fast' | 'immediate'} [mode] */
  const stop = async (mode = 'fast') => {
    await pg('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
  };
  await start();
  let stopped = false;
  return {
    socketDir: folder,
    dataDir,
    url: (user = 'postgres', database = 'postgres') =>
      `postgresql://${encodeURIComponent(user)}@/${database}?host=${encodeURIComponent(folder)}`,
    start,
    stop,
    promote: async () => {
      await pg('pg_ctl', ['-D', dataDir, '-w', 'promote']);
    },
    destroy: async () => {
      if (stopped) return;
      stopped = true;
      await stop('fast')
        .catch(() => stop('immediate'))
        .catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A new temporary folder the postgres user may write to (for a cluster or a base backup). */
export function makeClusterFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'rk-sync-pg-'));
  if (userInfo().uid === 0) chownSync(folder, ...postgresIds());
  return folder;
}

/**
 * Runs a PostgreSQL program (initdb, pg_ctl, pg_basebackup...), as the postgres user when
 * this process is root (initdb and the server refuse to run as root).
 * @param {string} tool
 * @param {string[]} args
 */
export function runPostgresTool(tool, args) {
  const bin = findPostgresBin();
  if (!bin) throw new Error(MISSING_POSTGRES_MESSAGE);
  return userInfo().uid === 0
    ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args])
    : run(join(bin, tool), args);
}

/** @returns {[number, number]} uid and gid of the postgres user */
function postgresIds() {
  const id = (/** @type {string} */ flag) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return [id('-u'), id('-g')];
}
