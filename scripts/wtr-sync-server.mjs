// A test-runner command that starts ONE sync server in dev mode (a throwaway PostgreSQL
// cluster) the first time a test file asks for it, and stops it when the run ends. Tests use
// a fresh person id each (`Bearer dev:<id>`), so they never see each other's records.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findPostgresBin, MISSING_POSTGRES_MESSAGE } from '../server/src/local-cluster.js';

const SERVER = fileURLToPath(new URL('../server/bin/recovery-kit-server.js', import.meta.url));

/** Starts the dev server, allowing `origin` (the test pages') through CORS; resolves with its URL. */
export function startServer(origin) {
  const child = spawn(
    process.execPath,
    [SERVER, '--dev', '--port', '0', '--cors-origin', origin, '--rate-limit', '1000000'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const match = /sync server listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`the sync server stopped (exit ${code}):\n${output}`)),
    );
  });
  return { child, url };
}

/**
 * `sync-server`: `{ url }` of the shared dev server, or `{ error }` when it cannot start
 * (PostgreSQL missing: the message names `apt-get install -y postgresql`).
 */
export function syncServerPlugin() {
  let server;
  return {
    name: 'recovery-kit-sync-server',
    async executeCommand({ command, session }) {
      if (command !== 'sync-server') return undefined;
      if (!findPostgresBin()) return { error: MISSING_POSTGRES_MESSAGE };
      server ??= startServer(new URL(session.browser.getPage(session.id).url()).origin);
      try {
        return { url: await server.url };
      } catch (error) {
        return { error: error.message };
      }
    },
    async serverStop() {
      if (!server || server.child.exitCode !== null) return;
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    },
  };
}
