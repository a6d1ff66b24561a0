// @ts-check
// Pull checkpoints never skip a row committed out of order: a person's sequence numbers are
// handed out under a row lock on their clock, so they become visible in order, gap-free.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { beginAsOwner, pushOpening, pushRecords } from '../src/records.js';
import { created, device, startTestDatabase, startTestServer, waitFor } from './harness.js';

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {pg.Pool} */
let pool;
/** @type {pg.Client} */
let admin;

before(async () => {
  db = await startTestDatabase();
  server = await startTestServer(db.appUrl);
  pool = new pg.Pool({ connectionString: db.appUrl, max: 4 });
  admin = new pg.Client({ connectionString: db.ownerUrl });
  await admin.connect();
});
after(async () => {
  await admin?.end();
  await pool?.end();
  await server?.close();
  await db?.cluster.destroy();
});

describe('checkpoints', () => {
  it('a pull never passes a push that is still to commit (two concurrent transactions)', async () => {
    const first = await pool.connect();
    const second = await pool.connect();
    try {
      await beginAsOwner(first, 'carol');
      await pushRecords(first, [created('first')]);
      const secondPid = (await second.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      await beginAsOwner(second, 'carol');
      let secondDone = false;
      const secondPush = pushRecords(second, [created('second')]).then((result) => {
        secondDone = true;
        return result;
      });
      // The second push must wait for the first's clock lock. (Were it not to wait, it
      // would commit first, and the pull below would then step over "first".)
      const waiting = async () => {
        const { rows } = await admin.query(
          'SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1',
          [secondPid],
        );
        return rows[0]?.wait_event_type === 'Lock';
      };
      await waitFor(async () => secondDone || (await waiting()));
      if (secondDone) await second.query('COMMIT');

      const phone = device(server.url, 'dev:carol');
      const early = await phone.pullAll(0);
      await first.query('COMMIT');
      await secondPush;
      if (!secondDone || early.records.length === 0) await second.query('COMMIT').catch(() => {});
      const late = await phone.pullAll(early.since);
      const seen = [...early.records, ...late.records];
      assert.deepEqual(
        seen.map((record) => record.id),
        ['first', 'second'],
        'no row skipped',
      );
      assert.deepEqual(
        seen.map((record) => record.seq),
        [1, 2],
      );
    } finally {
      await first.query('ROLLBACK').catch(() => {});
      await second.query('ROLLBACK').catch(() => {});
      first.release();
      second.release();
    }
  });

  it('concurrent pushes while another device pulls: every record once, seqs 1..N', async () => {
    const writers = Array.from({ length: 8 }, () => device(server.url, 'dev:dave'));
    const reader = device(server.url, 'dev:dave');
    /** @type {Map<string, number>} */
    const seen = new Map();
    let since = 0;
    let pushing = true;
    const pulling = (async () => {
      for (let round = 0; round < 10_000 && pushing; round += 1) {
        const { records, since: next } = await reader.pullAll(since);
        for (const record of records) {
          assert.ok(!seen.has(record.id), `${record.id} pulled twice`);
          seen.set(record.id, record.seq);
        }
        since = next;
      }
    })();
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let batch = 0; batch < 5; batch += 1) {
          const records = Array.from({ length: 10 }, (_, i) => created(`w${w}-b${batch}-${i}`));
          const { body } = await writer.push(records);
          assert.equal(body.accepted.length, 10);
        }
      }),
    );
    pushing = false;
    await pulling;
    for (const record of (await reader.pullAll(since)).records) seen.set(record.id, record.seq);
    assert.equal(seen.size, 400);
    assert.deepEqual(
      [...seen.values()].sort((a, b) => a - b),
      Array.from({ length: 400 }, (_, i) => i + 1),
    );
  });

  it('a push that waited for the clock lock reads what the push before it wrote: no lost update', async () => {
    const first = await pool.connect();
    const second = await pool.connect();
    try {
      const onPhone = created('plan', { title: 'from the phone' }, '1-phone');
      const onLaptop = created('plan', { title: 'from the laptop' }, '1-laptop');
      const opened = await beginAsOwner(first, 'erin', pushOpening([onPhone]));
      await pushRecords(first, [onPhone], opened);
      const secondPid = (await second.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      // The second push opens with the same lock and read, in one round trip: it waits here.
      const secondOpened = beginAsOwner(second, 'erin', pushOpening([onLaptop]));
      await waitFor(async () => {
        const { rows } = await admin.query(
          'SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1',
          [secondPid],
        );
        return rows[0]?.wait_event_type === 'Lock';
      });
      await first.query('COMMIT');
      const result = await pushRecords(second, [onLaptop], await secondOpened);
      await second.query('COMMIT');
      assert.deepEqual(result.accepted, [], 'the laptop did not write over the phone');
      assert.equal(
        result.conflicts[0]?.current?.rev,
        '1-phone',
        "answered with the phone's version",
      );
      const phone = device(server.url, 'dev:erin');
      const { records } = await phone.pullAll(0);
      assert.deepEqual(
        records.map((record) => [record.id, record.rev]),
        [['plan', '1-phone']],
      );
    } finally {
      await first.query('ROLLBACK').catch(() => {});
      await second.query('ROLLBACK').catch(() => {});
      first.release();
      second.release();
    }
  });
});
