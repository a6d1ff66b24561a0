// @ts-check
// Erase (UK GDPR art. 17): a person's rows really go from the server, the erase marker reaches
// their other devices through pulls and pushes, and nobody can erase anybody else's records -
// through HTTP, or directly in SQL as the application role.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { created, device, startTestDatabase, startTestServer } from './harness.js';
import { asOwner } from '../src/records.js';

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {pg.Pool} */
let app;

before(async () => {
  db = await startTestDatabase();
  server = await startTestServer(db.appUrl);
  app = new pg.Pool({ connectionString: db.appUrl, max: 2 });
});
after(async () => {
  await app?.end();
  await server?.close();
  await db?.cluster.destroy();
});

/** Every row of `owner`, tombstones included, read by the superuser (no row-level security). */
async function rowsOf(/** @type {string} */ owner) {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  const { rows } = await client.query(
    'SELECT id, deleted, body FROM records WHERE owner = $1 ORDER BY id',
    [owner],
  );
  await client.end();
  return rows;
}

/** @param {string} url @param {string} token */
async function erase(url, token) {
  const response = await fetch(`${url}/v1/sync/erase`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
}

describe('erase', () => {
  it('deletes every row of the person, tombstones too, and answers with the marker', async () => {
    const phone = device(server.url, 'dev:erin');
    await phone.push([created('a'), created('b', { title: 'private words' })]);
    await phone.push([{ kind: 'goal', id: 'a', expectedRev: '1-a', rev: '2-a', deleted: true }]);
    assert.equal((await rowsOf('erin')).length, 2);

    const answer = await erase(server.url, 'dev:erin');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.erased.seq, 4, 'the erase takes the next number of the clock');
    assert.ok(!Number.isNaN(Date.parse(answer.body.erased.at)));
    assert.deepEqual(await rowsOf('erin'), [], 'the rows are gone, not tombstoned');

    const pulled = await phone.pull(0);
    assert.deepEqual(pulled.body, {
      records: [],
      checkpoint: { seq: 0 },
      more: false,
      erased: answer.body.erased,
    });
  });

  it('refuses a push from a device that has not seen the erase, and takes it once it has', async () => {
    const laptop = device(server.url, 'dev:erin');
    const { erased } = (await laptop.pull(0)).body;
    const stale = await laptop.push({ records: [created('old')], erased: erased.seq - 1 }, true);
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.erased, erased);
    assert.deepEqual(await rowsOf('erin'), [], 'nothing from before the erase came back');

    const fresh = await laptop.push({ records: [created('new')], erased: erased.seq }, true);
    assert.equal(fresh.status, 200);
    assert.deepEqual(fresh.body.accepted, [{ kind: 'goal', id: 'new', rev: '1-new', seq: 5 }]);
    assert.deepEqual(fresh.body.erased, erased, 'pushes carry the marker too');
    const after = await laptop.pull(erased.seq);
    assert.deepEqual(
      after.body.records.map((/** @type {any} */ r) => r.id),
      ['new'],
    );
  });

  it('leaves answers of a person who never erased as they were', async () => {
    const quiet = device(server.url, 'dev:quinn');
    const pushed = await quiet.push([created('q')]);
    assert.equal('erased' in pushed.body, false);
    assert.equal('erased' in (await quiet.pull(0)).body, false);
  });

  it("person B's erase leaves person A's records alone", async () => {
    await device(server.url, 'dev:alice').push([created('shared-id', { title: 'alice' })]);
    await device(server.url, 'dev:bob').push([created('shared-id', { title: 'bob' })]);
    assert.equal((await erase(server.url, 'dev:bob')).status, 200);
    assert.deepEqual(await rowsOf('bob'), []);
    assert.deepEqual(await rowsOf('alice'), [
      { id: 'shared-id', deleted: false, body: { title: 'alice' } },
    ]);
    assert.equal('erased' in (await device(server.url, 'dev:alice').pull(0)).body, false);
  });

  it('refuses an erase without a valid sign-in', async () => {
    for (const authorization of [undefined, 'Bearer nonsense', 'Bearer dev:']) {
      const response = await fetch(`${server.url}/v1/sync/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: '{}',
      });
      assert.equal(response.status, 401);
    }
    assert.equal((await rowsOf('alice')).length, 1);
  });

  it("as the application role in SQL, deletes only the named person's rows, and none unnamed", async () => {
    const unnamed = await app.query('DELETE FROM records');
    assert.equal(unnamed.rowCount, 0, 'with no person set, nothing is deleted');
    const asBob = await asOwner(app, 'bob', (client) =>
      client.query("DELETE FROM records WHERE id = 'shared-id'"),
    );
    assert.equal(asBob.rowCount, 0);
    const marker = await asOwner(app, 'bob', (client) =>
      client.query("UPDATE owner_clock SET erased_seq = 99 WHERE owner = 'alice'"),
    );
    assert.equal(marker.rowCount, 0, "bob cannot set alice's erase marker");
    assert.equal((await rowsOf('alice')).length, 1);
  });

  it('is rate-limited like every other request', async () => {
    const limited = await startTestServer(db.appUrl, { rateLimit: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await erase(limited.url, 'dev:rita')).status);
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
