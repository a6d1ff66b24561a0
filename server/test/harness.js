// @ts-check
// What the server tests share: a throwaway cluster per test file, servers on 127.0.0.1 with
// a free port, and a small HTTP client acting as one person's device.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startDevDatabase } from '../src/dev.js';
import { startServer } from '../src/server.js';

/** Quick settings for tests that do not crash PostgreSQL on purpose. */
const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * A migrated throwaway cluster; `destroy()` it in `after`.
 * @param {{ durable?: boolean }} [options] durable: keep fsync on (crash tests)
 */
export function startTestDatabase(options = {}) {
  return startDevDatabase({ settings: options.durable ? {} : FAST });
}

/**
 * A server in this process on the test database, dev tokens on unless `auth` says otherwise.
 * @param {string} databaseUrl
 * @param {Partial<import('../src/config.js').Config>} [overrides]
 */
export function startTestServer(databaseUrl, overrides = {}) {
  return startServer({
    command: 'serve',
    dev: true,
    host: '127.0.0.1',
    port: 0,
    databaseUrl,
    corsOrigins: ['https://app.example'],
    rateLimit: 100_000,
    bodyLimit: 1024 * 1024,
    auth: { dev: true },
    ...overrides,
  });
}

/**
 * One device of one person: `token` goes in the Authorization header as it is.
 * @param {string} url the server
 * @param {string} token e.g. `dev:alice` or a JWT
 */
export function device(url, token) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    /** @param {number} [since] @param {number} [limit] */
    async pull(since = 0, limit = 500) {
      const response = await fetch(`${url}/v1/sync/pull?since=${since}&limit=${limit}`, {
        headers,
      });
      return { status: response.status, body: /** @type {any} */ (await response.json()) };
    },
    /**
     * Every record after `since`, following `more`.
     * @param {number} [since]
     * @returns {Promise<{ records: any[], since: number }>}
     */
    async pullAll(since = 0) {
      const records = [];
      let checkpoint = since;
      for (let page = 0; page < 1000; page += 1) {
        const { status, body } = await this.pull(checkpoint, 1000);
        if (status !== 200) throw new Error(`pull answered ${status}`);
        records.push(...body.records);
        checkpoint = body.checkpoint.seq;
        if (!body.more) break;
      }
      return { records, since: checkpoint };
    },
    /** @param {unknown} records the `records` of the push body, or a whole body with `raw` */
    async push(records, raw = false) {
      const response = await fetch(`${url}/v1/sync/push`, {
        method: 'POST',
        headers,
        body: JSON.stringify(raw ? records : { records }),
      });
      return { status: response.status, body: /** @type {any} */ (await response.json()) };
    },
  };
}

/**
 * A new record for a push.
 * @param {string} id @param {object} [body] @param {string} [rev]
 */
export function created(id, body = { title: id }, rev = `1-${id}`) {
  return { kind: 'goal', id, expectedRev: null, rev, body };
}

/**
 * Resolves when `condition` holds, checking every 10 ms, or fails after `bound` checks.
 * @param {() => Promise<boolean> | boolean} condition
 * @param {number} [bound]
 */
export async function waitFor(condition, bound = 2000) {
  for (let i = 0; i < bound; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('waitFor: the condition never held');
}

/**
 * The real command in a child process, as a supervisor would run it; resolves once it
 * prints its address.
 * @param {Record<string, string>} env DATABASE_URL, JWT_SECRET...
 * @param {string[]} [args]
 */
export function spawnServer(env, args = ['--port', '0']) {
  const bin = new URL('../bin/recovery-kit-server.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      const match = /sync server listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1], child, exited: once(child, 'exit') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}
