// @ts-check
// No acknowledged write is lost: not when the server process is killed mid-push, not when
// PostgreSQL crashes, not when the primary stops and a synchronous standby is promoted.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { SignJWT } from 'jose';
import { makeClusterFolder, runPostgresTool, startLocalCluster } from '../src/local-cluster.js';
import { device, spawnServer, startTestDatabase, waitFor } from './harness.js';

const SECRET = 'durability-secret-of-32-characters!';
const env = (/** @type {string} */ databaseUrl) => ({
  DATABASE_URL: databaseUrl,
  JWT_SECRET: SECRET,
});
const tokenFor = (/** @type {string} */ person) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(person)
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
before(async () => {
  db = await startTestDatabase({ durable: true });
});
after(async () => {
  await db?.cluster.destroy();
});

/**
 * Four devices push batches of 10 new records until `interrupt` has been called and their
 * pushes fail. Returns what the server acknowledged and every batch tried.
 * @param {string} url
 * @param {string} token
 * @param {() => Promise<void>} interrupt called once 100 records are acknowledged
 */
async function pushThrough(url, token, interrupt) {
  /** @type {Map<string, string>} */
  const acknowledged = new Map();
  /** @type {string[][]} */
  const batches = [];
  /** @type {Promise<void> | null} */
  let interrupted = null;
  const phone = device(url, token);
  await Promise.all(
    [0, 1, 2, 3].map(async (writer) => {
      for (let n = 0; n < 500; n += 1) {
        const records = Array.from({ length: 10 }, (_, i) => {
          const id = `w${writer}-${n}-${i}`;
          return { kind: 'entry', id, expectedRev: null, rev: `1-${id}`, body: { n, i } };
        });
        batches.push(records.map((record) => record.id));
        const answer = await phone.push(records).catch(() => null);
        if (answer?.status !== 200) break;
        for (const record of answer.body.accepted) acknowledged.set(record.id, record.rev);
        if (acknowledged.size >= 100 && !interrupted) interrupted = interrupt();
      }
    }),
  );
  await interrupted;
  return { acknowledged, batches };
}

/**
 * Every acknowledged record is there with its rev, and each batch is all there or not at all.
 * @param {string} url @param {string} token
 * @param {Awaited<ReturnType<typeof pushThrough>>} pushed
 */
async function assertNothingLost(url, token, pushed) {
  const { records } = await device(url, token).pullAll();
  const stored = new Map(records.map((record) => [record.id, record.rev]));
  assert.ok(pushed.acknowledged.size >= 100);
  for (const [id, rev] of pushed.acknowledged)
    assert.equal(stored.get(id), rev, `${id} was acknowledged`);
  for (const batch of pushed.batches) {
    const present = batch.filter((id) => stored.has(id)).length;
    assert.ok(present === 0 || present === batch.length, `batch ${batch[0]} is whole or absent`);
  }
  return stored.size;
}

describe('durability', () => {
  it('loses no acknowledged write when the server is killed mid-push and restarted', async () => {
    const token = await tokenFor('killed-server');
    const first = await spawnServer(env(db.appUrl));
    const pushed = await pushThrough(first.url, token, async () => {
      first.child.kill('SIGKILL');
      await first.exited;
    });
    const second = await spawnServer(env(db.appUrl));
    try {
      await assertNothingLost(second.url, token, pushed);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('loses no acknowledged write when PostgreSQL crashes (immediate stop) and restarts', async () => {
    const token = await tokenFor('crashed-database');
    const server = await spawnServer(env(db.appUrl));
    const pushed = await pushThrough(server.url, token, () => db.cluster.stop('immediate'));
    // Without its LISTEN connection the server exits so that a supervisor restarts it.
    const [code] = await server.exited;
    assert.equal(code, 1);
    await db.cluster.start();
    const again = await spawnServer(env(db.appUrl));
    try {
      await assertNothingLost(again.url, token, pushed);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('loses no acknowledged write when a synchronous standby is promoted after the primary stops', async () => {
    const primary = await startTestDatabase({ durable: true });
    const folder = makeClusterFolder();
    /** @type {Awaited<ReturnType<typeof startLocalCluster>> | undefined} */
    let standby;
    try {
      const dataDir = join(folder, 'data');
      await runPostgresTool('pg_basebackup', [
        '-D',
        dataDir,
        '-d',
        primary.cluster.url(),
        '-X',
        'stream',
        '--checkpoint=fast',
      ]);
      writeFileSync(join(dataDir, 'standby.signal'), '');
      standby = await startLocalCluster({
        folder,
        dataDir,
        settings: {
          primary_conninfo: `'host=${primary.cluster.socketDir} user=postgres application_name=standby1'`,
        },
      });
      const admin = new pg.Client({ connectionString: primary.cluster.url() });
      await admin.connect();
      await admin.query("ALTER SYSTEM SET synchronous_standby_names = 'standby1'");
      await admin.query('SELECT pg_reload_conf()');
      await waitFor(async () => {
        const { rows } = await admin.query(
          "SELECT 1 FROM pg_stat_replication WHERE application_name = 'standby1' AND sync_state = 'sync'",
        );
        return rows.length === 1;
      });
      await admin.end();

      const token = await tokenFor('promoted');
      const server = await spawnServer(env(primary.appUrl));
      const pushed = await pushThrough(server.url, token, () => primary.cluster.stop('immediate'));
      await server.exited;
      await standby.promote();
      const onStandby = await spawnServer(env(standby.url('recovery_kit_server')));
      try {
        await assertNothingLost(onStandby.url, token, pushed);
      } finally {
        onStandby.child.kill('SIGTERM');
        await onStandby.exited;
      }
    } finally {
      await standby?.destroy();
      await primary.cluster.destroy();
    }
  });
});
