// @ts-check
// One person can never read or write another's records - through HTTP, and directly in SQL
// as the application role, because PostgreSQL's row-level security (forced) says so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { SignJWT } from 'jose';
import { created, device, startTestDatabase, startTestServer } from './harness.js';
import { asOwner, pushRecords } from '../src/records.js';

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {pg.Pool} */
let app;

before(async () => {
  db = await startTestDatabase();
  server = await startTestServer(db.appUrl, {
    auth: { dev: true, jwtSecret: 'test-secret-of-32-characters-ok!' },
  });
  app = new pg.Pool({ connectionString: db.appUrl, max: 2 });
  const alice = device(server.url, 'dev:alice');
  await alice.push([created('shared-id', { title: 'alice private' }), created('alice-only')]);
});
after(async () => {
  await app?.end();
  await server?.close();
  await db?.cluster.destroy();
});

/** Alice's rows, read by the superuser (which row-level security never limits). */
async function aliceRows() {
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const { rows } = await owner.query(
    "SELECT id, rev, body FROM records WHERE owner = 'alice' ORDER BY id",
  );
  await owner.end();
  return rows;
}

const ALICE = [
  { id: 'alice-only', rev: '1-alice-only', body: { title: 'alice-only' } },
  { id: 'shared-id', rev: '1-shared-id', body: { title: 'alice private' } },
];

describe('isolation over HTTP', () => {
  it("person B with alice's ids reads nothing and changes nothing of alice's", async () => {
    const bob = device(server.url, 'dev:bob');
    assert.deepEqual((await bob.pullAll()).records, []);
    const replace = await bob.push([
      {
        kind: 'goal',
        id: 'shared-id',
        expectedRev: '1-shared-id',
        rev: '2-bob',
        body: { title: 'bob' },
      },
    ]);
    assert.deepEqual(replace.body.conflicts, [{ kind: 'goal', id: 'shared-id', current: null }]);
    const own = await bob.push([created('shared-id', { title: 'bob own' })]);
    assert.equal(own.body.accepted.length, 1, 'bob gets his own record under the same id');
    assert.deepEqual(
      (await bob.pullAll()).records.map((r) => r.body),
      [{ title: 'bob own' }],
    );
    assert.deepEqual(await aliceRows(), ALICE);
  });

  it('takes a person id holding quotes, backslashes and SQL as text, nothing more', async () => {
    const tricky = device(
      server.url,
      "dev:o'brien\\';SELECT/**/set_config('app.owner','alice',true);--",
    );
    assert.deepEqual((await tricky.pullAll()).records, []);
    const pushed = await tricky.push([created('tricky')]);
    assert.equal(pushed.status, 200);
    assert.equal(pushed.body.accepted.length, 1);
    assert.deepEqual(
      (await tricky.pullAll()).records.map((r) => r.id),
      ['tricky'],
    );
    assert.deepEqual(await aliceRows(), ALICE);
  });

  it("refuses alice's id in the body of bob's push", async () => {
    const bob = device(server.url, 'dev:bob');
    const sneaky = await bob.push(
      { records: [{ ...created('alice-only'), owner: 'alice' }], owner: 'alice' },
      true,
    );
    assert.equal(sneaky.status, 400);
    const ownerOnly = await bob.push({ records: [], owner: 'alice' }, true);
    assert.equal(ownerOnly.status, 400);
    assert.deepEqual(await aliceRows(), ALICE);
  });

  it('refuses forged and malformed tokens with 401', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('not-the-secret-of-32-characters!'));
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"alice","exp":9999999999}').toString('base64url')}.`;
    for (const token of [forged, none, 'dev:', 'alice', `dev:${'x'.repeat(201)}`]) {
      const stranger = device(server.url, token);
      assert.equal((await stranger.pull()).status, 401, token);
      assert.equal((await stranger.push([created('alice-only')])).status, 401, token);
    }
    for (const authorization of ['', 'Basic YWxpY2U6eA==', 'Bearer', 'bearer dev:alice']) {
      const response = await fetch(`${server.url}/v1/sync/pull`, { headers: { authorization } });
      assert.equal(response.status, 401, authorization);
    }
    assert.deepEqual(await aliceRows(), ALICE);
  });
});

describe('isolation in SQL, as the application role', () => {
  it('sees no row and can write none without app.owner', async () => {
    const client = await app.connect();
    try {
      assert.equal((await client.query('SELECT * FROM records')).rowCount, 0);
      assert.equal((await client.query('SELECT * FROM owner_clock')).rowCount, 0);
      assert.equal((await client.query("UPDATE records SET body = '{}'")).rowCount, 0);
      await assert.rejects(
        client.query(
          "INSERT INTO records (owner, kind, id, rev, seq) VALUES ('alice', 'goal', 'n', '1', 99)",
        ),
        /row-level security/,
      );
      // DELETE is granted for erase (002_erase.sql), and row-level security still limits it.
      assert.equal((await client.query('DELETE FROM records')).rowCount, 0);
      await assert.rejects(client.query('TRUNCATE records'), /permission denied/);
    } finally {
      client.release();
    }
  });

  it("as bob, reads none of alice's rows and cannot write rows for her", async () => {
    await asOwner(app, 'bob', async (client) => {
      const { rows } = await client.query(
        "SELECT owner, id FROM records WHERE owner = 'alice' OR id = 'alice-only'",
      );
      assert.deepEqual(rows, []);
      const updated = await client.query(
        "UPDATE records SET body = '\"bob\"' WHERE owner = 'alice'",
      );
      assert.equal(updated.rowCount, 0);
      await client.query('SAVEPOINT s');
      await assert.rejects(
        client.query(
          "INSERT INTO records (owner, kind, id, rev, seq) VALUES ('alice', 'goal', 'x', '1', 1000)",
        ),
        /row-level security/,
      );
      await client.query('ROLLBACK TO SAVEPOINT s');
      await assert.rejects(
        client.query("UPDATE records SET owner = 'alice' WHERE id = 'shared-id'"),
        /row-level security/,
      );
    });
    // The real push path, as bob, with alice's ids: bob's clock and rows only.
    await asOwner(app, 'bob', (client) => pushRecords(client, [created('alice-only')]));
    assert.deepEqual(await aliceRows(), ALICE);
  });

  it('cannot bypass: no BYPASSRLS, not the owner, FORCE on, row security cannot be turned off', async () => {
    const { rows } = await app.query(`
      SELECT r.rolsuper, r.rolbypassrls,
        (SELECT bool_and(c.relforcerowsecurity AND c.relrowsecurity) FROM pg_class c
         WHERE c.relname IN ('records', 'owner_clock')) AS forced,
        (SELECT bool_or(pg_has_role(current_user, c.relowner, 'MEMBER')) FROM pg_class c
         WHERE c.relname IN ('records', 'owner_clock')) AS owns
      FROM pg_roles r WHERE r.rolname = current_user`);
    assert.deepEqual(rows[0], { rolsuper: false, rolbypassrls: false, forced: true, owns: false });
    await assert.rejects(
      app.query('SET row_security = off; SELECT * FROM records'),
      /row-level security/,
    );
    await assert.rejects(
      app.query('ALTER TABLE records NO FORCE ROW LEVEL SECURITY'),
      /must be owner/,
    );
    await assert.rejects(app.query('DROP POLICY own_records ON records'), /must be owner/);
    await assert.rejects(app.query('SET ROLE postgres'), /permission denied/);
  });
});

describe('the server refuses a role that could bypass row-level security', () => {
  /** The error starting a server gave (closing one that started against expectation). */
  async function startError(/** @type {string} */ url) {
    const started = await startTestServer(url).catch((/** @type {Error} */ error) => error);
    if (started instanceof Error) return started.message;
    await started.close();
    return 'it started';
  }

  it('does not start as the superuser that owns the tables', async () => {
    assert.match(await startError(db.ownerUrl), /Refusing to serve as "postgres"/);
  });

  it('does not start when FORCE is off', async () => {
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query('ALTER TABLE records NO FORCE ROW LEVEL SECURITY');
    try {
      assert.match(await startError(db.appUrl), /not forced/);
    } finally {
      await owner.query('ALTER TABLE records FORCE ROW LEVEL SECURITY');
      await owner.end();
    }
  });
});
