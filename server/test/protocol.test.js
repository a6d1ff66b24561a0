// @ts-check
// The sync protocol over HTTP: push, pull by checkpoint, compare-and-set, replays,
// tombstones, limits, CORS, the event stream and health.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { created, device, startTestDatabase, startTestServer } from './harness.js';

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;

before(async () => {
  db = await startTestDatabase();
  server = await startTestServer(db.appUrl);
});
after(async () => {
  await server?.close();
  await db?.cluster.destroy();
});

describe('push and pull', () => {
  it('round-trips records and pulls only what came after the checkpoint', async () => {
    const phone = device(server.url, 'dev:round-trip');
    const first = await phone.push([created('a'), created('b')]);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, {
      accepted: [
        { kind: 'goal', id: 'a', rev: '1-a', seq: 1 },
        { kind: 'goal', id: 'b', rev: '1-b', seq: 2 },
      ],
      conflicts: [],
    });
    const laptop = device(server.url, 'dev:round-trip');
    const all = await laptop.pull(0);
    assert.deepEqual(
      all.body.records.map((/** @type {any} */ r) => [r.id, r.rev, r.seq, r.deleted, r.body]),
      [
        ['a', '1-a', 1, false, { title: 'a' }],
        ['b', '1-b', 2, false, { title: 'b' }],
      ],
    );
    assert.deepEqual(all.body.checkpoint, { seq: 2 });
    assert.equal(all.body.more, false);

    await phone.push([{ kind: 'goal', id: 'a', expectedRev: '1-a', rev: '2-a', body: { t: 2 } }]);
    const next = await laptop.pull(2);
    assert.deepEqual(
      next.body.records.map((/** @type {any} */ r) => [r.id, r.rev, r.seq]),
      [['a', '2-a', 3]],
    );
    assert.deepEqual((await laptop.pull(3)).body, {
      records: [],
      checkpoint: { seq: 3 },
      more: false,
    });
  });

  it('pages with limit and says when there is more', async () => {
    const phone = device(server.url, 'dev:pages');
    await phone.push(Array.from({ length: 5 }, (_, i) => created(`p${i}`)));
    const page = await phone.pull(0, 2);
    assert.deepEqual(
      page.body.records.map((/** @type {any} */ r) => r.id),
      ['p0', 'p1'],
    );
    assert.equal(page.body.more, true);
    const rest = await phone.pullAll(page.body.checkpoint.seq);
    assert.deepEqual(
      rest.records.map((r) => r.id),
      ['p2', 'p3', 'p4'],
    );
    assert.equal(rest.since, 5);
    const exact = await phone.pull(2, 3); // the last three, exactly a page: nothing more
    assert.deepEqual([exact.body.records.length, exact.body.more], [3, false]);
    const { updatedAt } = exact.body.records[0];
    assert.equal(new Date(updatedAt).toISOString(), updatedAt);
  });

  it('answers a stale push with the current record and writes nothing', async () => {
    const phone = device(server.url, 'dev:cas');
    await phone.push([created('g', { title: 'walk' })]);
    await phone.push([
      { kind: 'goal', id: 'g', expectedRev: '1-g', rev: '2-phone', body: { title: 'run' } },
    ]);
    const stale = await phone.push([
      { kind: 'goal', id: 'g', expectedRev: '1-g', rev: '2-laptop', body: { title: 'swim' } },
      created('g'),
      { kind: 'goal', id: 'nowhere', expectedRev: '3-x', rev: '4-x', body: {} },
    ]);
    assert.equal(stale.status, 400, 'the same key twice in one push is refused');
    const answer = await phone.push([
      { kind: 'goal', id: 'g', expectedRev: '1-g', rev: '2-laptop', body: { title: 'swim' } },
      { kind: 'goal', id: 'nowhere', expectedRev: '3-x', rev: '4-x', body: {} },
    ]);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.accepted, []);
    assert.equal(answer.body.conflicts.length, 2);
    const [current, missing] = answer.body.conflicts;
    assert.equal(current.id, 'g');
    assert.equal(current.current.rev, '2-phone');
    assert.deepEqual(current.current.body, { title: 'run' });
    assert.deepEqual(missing, { kind: 'goal', id: 'nowhere', current: null });
    const created2 = await phone.push([created('g')]);
    assert.equal(
      created2.body.conflicts[0].current.rev,
      '2-phone',
      'a create over a record conflicts',
    );
    const { records } = await phone.pullAll();
    assert.deepEqual(
      records.map((r) => [r.id, r.rev, r.body.title]),
      [['g', '2-phone', 'run']],
    );
  });

  it('counts a replay of a stored rev as accepted, once', async () => {
    const phone = device(server.url, 'dev:replay');
    const first = await phone.push([created('r')]);
    const again = await phone.push([created('r')]);
    assert.deepEqual(again.body, first.body);
    await phone.push([{ kind: 'goal', id: 'r', expectedRev: '1-r', rev: '2-r', body: {} }]);
    const late = await phone.push([
      { kind: 'goal', id: 'r', expectedRev: '1-r', rev: '2-r', body: {} },
    ]);
    assert.deepEqual(late.body, {
      accepted: [{ kind: 'goal', id: 'r', rev: '2-r', seq: 2 }],
      conflicts: [],
    });
    const { records } = await phone.pullAll();
    assert.deepEqual(
      records.map((r) => [r.id, r.rev, r.seq]),
      [['r', '2-r', 2]],
    );
  });

  it('syncs tombstones without their body, and an edit after a removal', async () => {
    const phone = device(server.url, 'dev:tombstone');
    await phone.push([created('t', { title: 'secret words' })]);
    const removed = await phone.push([
      {
        kind: 'goal',
        id: 't',
        expectedRev: '1-t',
        rev: '2-t',
        deleted: true,
        body: { title: 'secret words' },
      },
    ]);
    assert.equal(removed.body.accepted.length, 1);
    const { records } = await phone.pullAll(1);
    assert.deepEqual(
      records.map((r) => [r.id, r.deleted, r.body]),
      [['t', true, null]],
    );
    await phone.push([
      { kind: 'goal', id: 't', expectedRev: '2-t', rev: '3-t', body: { title: 'back' } },
    ]);
    const back = await phone.pullAll(2);
    assert.deepEqual(
      back.records.map((r) => [r.id, r.deleted, r.body]),
      [['t', false, { title: 'back' }]],
    );
  });

  it('keeps kinds apart and bodies of any JSON shape (ciphertext is a string)', async () => {
    const phone = device(server.url, 'dev:kinds');
    await phone.push([
      { kind: 'goal', id: 'same', expectedRev: null, rev: '1', body: { a: 1 } },
      { kind: 'entry', id: 'same', expectedRev: null, rev: '1', body: 'v1.aGVsbG8=.c2VjcmV0' },
    ]);
    const { records } = await phone.pullAll();
    assert.deepEqual(
      records.map((r) => [r.kind, r.body]),
      [
        ['goal', { a: 1 }],
        ['entry', 'v1.aGVsbG8=.c2VjcmV0'],
      ],
    );
  });
});

describe('limits', () => {
  it('refuses more than 100 records in one push, and writes none of them', async () => {
    const phone = device(server.url, 'dev:batch');
    const tooMany = await phone.push(Array.from({ length: 101 }, (_, i) => created(`b${i}`)));
    assert.equal(tooMany.status, 400);
    assert.deepEqual((await phone.pullAll()).records, []);
    const hundred = await phone.push(Array.from({ length: 100 }, (_, i) => created(`b${i}`)));
    assert.equal(hundred.body.accepted.length, 100);
  });

  it('refuses malformed pushes and pulls with 400', async () => {
    const phone = device(server.url, 'dev:malformed');
    const bad = [
      { records: [{ kind: 'Goal!', id: 'x', rev: '1' }] },
      { records: [{ kind: 'goal', id: '', rev: '1' }] },
      { records: [{ kind: 'goal', id: 'x', rev: '' }] },
      { records: [{ kind: 'goal', id: 'x'.repeat(201), rev: '1' }] },
      { records: 'all of them' },
      {},
    ];
    for (const body of bad)
      assert.equal((await phone.push(body, true)).status, 400, JSON.stringify(body));
    assert.equal((await phone.pull(-1)).status, 400);
    assert.equal((await phone.pull(0, 1001)).status, 400);
    assert.deepEqual((await phone.pullAll()).records, []);
  });

  it('answers 413 to a request larger than the body limit', async () => {
    const phone = device(server.url, 'dev:size');
    const big = await phone.push([created('big', { text: 'x'.repeat(1024 * 1024) })]);
    assert.equal(big.status, 413);
    assert.deepEqual((await phone.pullAll()).records, []);
  });

  it('limits requests per person, not per address', async () => {
    const limited = await startTestServer(db.appUrl, { rateLimit: 3 });
    try {
      const busy = device(limited.url, 'dev:busy');
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await busy.pull()).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      const response = await fetch(`${limited.url}/v1/sync/pull`, {
        headers: { authorization: 'Bearer dev:busy' },
      });
      assert.ok(Number(response.headers.get('retry-after')) > 0, 'says when to retry');
      assert.equal(
        (await device(limited.url, 'dev:calm').pull()).status,
        200,
        'another person is not limited',
      );
    } finally {
      await limited.close();
    }
  });
});

describe('CORS', () => {
  it('allows only the listed origins, with the Authorization header', async () => {
    const preflight = (/** @type {string} */ origin) =>
      fetch(`${server.url}/v1/sync/push`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('https://app.example');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);

    const pull = await fetch(`${server.url}/v1/sync/pull`, {
      headers: { origin: 'https://evil.example', authorization: 'Bearer dev:cors' },
    });
    assert.equal(pull.headers.get('access-control-allow-origin'), null);
    const fine = await fetch(`${server.url}/v1/sync/pull`, {
      headers: { origin: 'https://app.example', authorization: 'Bearer dev:cors' },
    });
    assert.equal(fine.headers.get('access-control-allow-origin'), 'https://app.example');
  });
});

describe('events and health', () => {
  it(
    'pokes an open stream with the seq of each push of that person only',
    { timeout: 30_000 },
    async () => {
      const abort = new AbortController();
      const response = await fetch(`${server.url}/v1/sync/events`, {
        headers: { authorization: 'Bearer dev:events' },
        signal: abort.signal,
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/event-stream');
      const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body)
        .pipeThrough(/** @type {any} */ (new TextDecoderStream()))
        .getReader();
      let received = '';
      const nextSeq = async () => {
        for (;;) {
          const match = /data: (.*)\n\n/.exec(received);
          if (match) {
            received = received.slice((match.index ?? 0) + match[0].length);
            return JSON.parse(match[1]).seq;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          received += value;
        }
      };
      assert.equal(await nextSeq(), 0, 'the first poke says where the server is');
      // Any database role can NOTIFY the channel; what is not a poke is ignored, not fatal.
      const stranger = new pg.Client({ connectionString: db.ownerUrl });
      await stranger.connect();
      for (const payload of ['not json', 'null', '{"owner":"events","seq":"1; drop"}']) {
        await stranger.query("SELECT pg_notify('recovery_kit_sync', $1)", [payload]);
      }
      await stranger.end();
      await device(server.url, 'dev:someone-else').push([created('x')]);
      await device(server.url, 'dev:events').push([created('e1'), created('e2')]);
      assert.equal(await nextSeq(), 2, "another person's push is not announced");
      abort.abort();
    },
  );

  it('refuses an event stream without a token', async () => {
    assert.equal((await fetch(`${server.url}/v1/sync/events`)).status, 401);
  });

  it('reports health', async () => {
    const response = await fetch(`${server.url}/health`);
    assert.deepEqual(await response.json(), { ok: true });
  });
});
