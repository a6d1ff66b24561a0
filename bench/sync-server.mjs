// The sync server's benchmark (run by `npm run bench`, or alone: `node bench/sync-server.mjs`).
// On a throwaway local PostgreSQL (fsync on), over loopback only:
// - a device pushes 10,000 records (100 per request) and a fresh device pulls them, beside
//   the floor: the same rows inserted and selected with `pg` directly;
// - PouchDB replicating the same 10,000 documents to pouchdb-server: installed from the npm
//   registry into ~/.cache/recovery-kit-bench/pouchdb on the first run (or POUCHDB_DIR names
//   a folder with `pouchdb` and `pouchdb-server`); never a dependency of the repository;
// - 200 concurrent simulated devices against two server processes on one database:
//   throughput, p50/p99 latency, and a count of lost or doubled records (must be 0).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startDevDatabase } from '../server/src/dev.js';

const RECORDS = 10_000;
const PUSH_BATCH = 100;
const PULL_PAGE = 1000;
/** Rounds of the 10,000-record push and pull beside the floor (medians reported). */
const ROUNDS_10K = 3;
const CLIENTS = 200;
const ROUNDS = 5;
const BIN = new URL('../server/bin/recovery-kit-server.js', import.meta.url).pathname;

/** A journal entry of a realistic size (about 400 bytes of JSON). */
const entry = (i) => ({
  kind: 'entry',
  id: `entry-${i}`,
  expectedRev: null,
  rev: `1-${i.toString(36)}`,
  body: {
    body: `Walked to the park with my sister today and it helped more than I thought (${i}).`,
    prompt: 'What gave you a little hope today?',
    hope: i % 11,
    tags: ['walking', 'family'],
    chime: ['connectedness', 'hope'],
    pinned: false,
    date: '2026-12-02',
    createdAt: '2026-12-02T18:00:00.000Z',
    updatedAt: '2026-12-02T18:00:00.000Z',
  },
});

const result = (name, value, unit, note, target) => ({
  suite: 'sync-server',
  name,
  value: Math.round(value * 100) / 100,
  unit,
  ...(target ? { target } : {}),
  ...(note ? { note } : {}),
});

/** The server command in a child process, resolving with its address. */
function spawnServer(databaseUrl, extra = []) {
  const child = spawn(process.execPath, [BIN, '--port', '0', '--rate-limit', '1000000', ...extra], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'bench-only-secret-of-32-characters',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match)
        resolve({ url: match[1], stop: () => (child.kill('SIGTERM'), once(child, 'exit')) });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

/** HS256 tokens for the bench's people (jose comes with the server). */
async function tokenFor(person) {
  const { SignJWT } = await import('jose');
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(person)
    .setExpirationTime('1h')
    .sign(Buffer.from('bench-only-secret-of-32-characters'));
}

async function call(url, token, path, body) {
  const response = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

async function pullEverything(url, token) {
  let since = 0;
  const records = [];
  for (let page = 0; page < 10_000; page += 1) {
    const answer = await call(url, token, `/v1/sync/pull?since=${since}&limit=${PULL_PAGE}`);
    records.push(...answer.records);
    since = answer.checkpoint.seq;
    if (!answer.more) break;
  }
  return records;
}

async function timed(work) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Inserts `rows` as `owner` in one transaction, one statement: the floor. */
async function floorInsert(client, owner, rows, firstSeq) {
  await client.query('BEGIN');
  await client.query("SELECT set_config('app.owner', $1, true)", [owner]);
  await client.query(
    `INSERT INTO records (kind, id, rev, seq, body)
     SELECT kind, id, rev, seq, body::jsonb
     FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[])
       AS r (kind, id, rev, seq, body)`,
    [
      rows.map((r) => r.kind),
      rows.map((r) => r.id),
      rows.map((r) => r.rev),
      rows.map((_, i) => firstSeq + i),
      rows.map((r) => JSON.stringify(r.body)),
    ],
  );
  await client.query('COMMIT');
}

/**
 * One round: push then pull 10,000 records through the server as a new person, and the
 * same rows through pg directly (one INSERT; 100-row transactions; one SELECT).
 */
async function tenThousandOnce(client, url, round) {
  const records = Array.from({ length: RECORDS }, (_, i) => entry(i));
  const token = await tokenFor(`bench-ten-thousand-${round}`);
  const pushMs = await timed(async () => {
    for (let i = 0; i < RECORDS; i += PUSH_BATCH) {
      const answer = await call(url, token, '/v1/sync/push', {
        records: records.slice(i, i + PUSH_BATCH),
      });
      if (answer.accepted.length !== PUSH_BATCH) throw new Error('a push was not accepted');
    }
  });
  let pulled = [];
  const pullMs = await timed(async () => {
    pulled = await pullEverything(url, token);
  });
  if (pulled.length !== RECORDS) throw new Error(`pulled ${pulled.length} of ${RECORDS}`);
  const floor = `bench-floor-${round}`;
  const insertMs = await timed(() => floorInsert(client, floor, records, 1));
  // The same rows in 100 transactions of 100 rows: what any per-request durable commit pays.
  const batchedMs = await timed(async () => {
    for (let i = 0; i < RECORDS; i += PUSH_BATCH)
      await floorInsert(client, `${floor}-batched`, records.slice(i, i + PUSH_BATCH), i + 1);
  });
  const selectMs = await timed(async () => {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.owner', $1, true)", [floor]);
    await client.query(
      'SELECT kind, id, rev, seq, deleted, body, updated_at FROM records ORDER BY seq',
    );
    await client.query('COMMIT');
  });
  return { pushMs, pullMs, insertMs, batchedMs, selectMs };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * ROUNDS_10K rounds of {@link tenThousandOnce}, so ours and the floor see the same load;
 * each figure is the median of its rounds, each ratio the median of the rounds' ratios.
 */
async function tenThousand(db, url) {
  const client = new pg.Client({ connectionString: db.appUrl });
  await client.connect();
  const rounds = [];
  try {
    for (let round = 0; round < ROUNDS_10K; round += 1)
      rounds.push(await tenThousandOnce(client, url, round));
  } finally {
    await client.end();
  }
  const of = (field) => median(rounds.map((one) => one[field]));
  const ratio = (ours, floor) => median(rounds.map((one) => one[ours] / one[floor]));
  const each = (field) => rounds.map((one) => Math.round(one[field])).join(', ');
  const note = (ours, floor) =>
    `median of ${ROUNDS_10K} rounds (ours ${each(ours)} ms; floor ${each(floor)} ms); target within 3x`;
  const count = RECORDS.toLocaleString('en-GB');
  const pushMs = of('pushMs');
  const pullMs = of('pullMs');
  return [
    result(`push ${count} records (${PUSH_BATCH} per request)`, pushMs, 'ms'),
    result(`pull ${count} records, fresh device (${PULL_PAGE} per page)`, pullMs, 'ms'),
    result('floor: one pg INSERT of the same rows', of('insertMs'), 'ms'),
    result('floor: one pg SELECT of the same rows', of('selectMs'), 'ms'),
    result(`floor: pg INSERTs in ${PUSH_BATCH}-row transactions`, of('batchedMs'), 'ms'),
    result(
      'push / floor insert',
      ratio('pushMs', 'insertMs'),
      'ratio',
      note('pushMs', 'insertMs'),
      {
        max: 3,
      },
    ),
    result(
      'push / floor in the same transactions',
      ratio('pushMs', 'batchedMs'),
      'ratio',
      note('pushMs', 'batchedMs'),
      { max: 3 },
    ),
    result(
      'pull / floor select',
      ratio('pullMs', 'selectMs'),
      'ratio',
      note('pullMs', 'selectMs'),
      {
        max: 3,
      },
    ),
  ].map((r) => ({ ...r, pushMs, pullMs }));
}

/** The PouchDB the comparison installs for itself (not a dependency of the repository). */
const POUCHDB_PACKAGES = ['pouchdb@9.0.0', 'pouchdb-server@4.2.0'];

/**
 * A folder with pouchdb and pouchdb-server installed: POUCHDB_DIR, or a cache outside the
 * repository that the first run fills from the npm registry (about 80 MB; leveldown's
 * prebuilt binary for linux-x64 is used, its install script is not needed).
 * @returns {{ folder: string } | { problem: string }}
 */
function pouchFolder() {
  if (process.env.POUCHDB_DIR) return { folder: process.env.POUCHDB_DIR };
  const folder = join(homedir(), '.cache/recovery-kit-bench/pouchdb');
  if (existsSync(join(folder, 'node_modules/.bin/pouchdb-server'))) return { folder };
  console.log(`  installing ${POUCHDB_PACKAGES.join(' ')} into ${folder} (first run only)`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "name": "rk-bench-pouchdb", "private": true }\n');
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...POUCHDB_PACKAGES],
    { cwd: folder, encoding: 'utf8' },
  );
  if (npm.status === 0 && existsSync(join(folder, 'node_modules/.bin/pouchdb-server')))
    return { folder };
  const why = `${npm.stderr ?? ''}${npm.error?.message ?? ''}`.trim().split('\n').slice(-3);
  return {
    problem: `PouchDB not measured: npm install ${POUCHDB_PACKAGES.join(' ')} into ${folder} failed (exit ${npm.status}): ${why.join(' / ')}`,
  };
}

/** PouchDB replicating the same documents to and from pouchdb-server (installed by {@link pouchFolder}). */
async function pouchComparison(pushMs, pullMs) {
  const found = pouchFolder();
  if ('problem' in found) return found;
  const { folder } = found;
  const require = createRequire(join(folder, 'package.json'));
  const PouchDB = require('pouchdb');
  const data = mkdtempSync(join(tmpdir(), 'rk-bench-pouch-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn(
    join(folder, 'node_modules/.bin/pouchdb-server'),
    ['--host', '127.0.0.1', '--port', String(port), '-d', data, '--no-stdout-logs'],
    // It writes config.json and log.txt into its working folder.
    { stdio: ['ignore', 'pipe', 'inherit'], cwd: data },
  );
  try {
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => String(chunk).includes('has started') && resolve());
      server.on('exit', () => reject(new Error('pouchdb-server exited')));
    });
    const remote = `http://127.0.0.1:${port}/bench`;
    const phone = new PouchDB(join(data, 'phone'));
    await phone.bulkDocs(
      Array.from({ length: RECORDS }, (_, i) => ({ _id: `entry-${i}`, ...entry(i).body })),
    );
    const pouchPushMs = await timed(() => phone.replicate.to(remote, { batch_size: PUSH_BATCH }));
    const fresh = new PouchDB(join(data, 'fresh'));
    const pouchPullMs = await timed(() => fresh.replicate.from(remote, { batch_size: PULL_PAGE }));
    const count = (await fresh.info()).doc_count;
    if (count !== RECORDS) throw new Error(`PouchDB replicated ${count} of ${RECORDS}`);
    await phone.close();
    await fresh.close();
    return {
      results: [
        result('PouchDB push to pouchdb-server (same docs)', pouchPushMs, 'ms'),
        result('PouchDB pull from pouchdb-server, fresh device', pouchPullMs, 'ms'),
        result('push / PouchDB push', pushMs / pouchPushMs, 'ratio', 'target under 1', { max: 1 }),
        result('pull / PouchDB pull', pullMs / pouchPullMs, 'ratio', 'target under 1', { max: 1 }),
      ],
    };
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit').catch(() => undefined);
    rmSync(data, { recursive: true, force: true });
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * 200 devices (one person each) push 10 records and pull from their checkpoint, ROUNDS
 * times, alternating between two server processes; then every person's records are counted.
 */
async function concurrentClients(urls) {
  const pushLatency = [];
  const pullLatency = [];
  const tokens = await Promise.all(
    Array.from({ length: CLIENTS }, (_, c) => tokenFor(`bench-client-${c}`)),
  );
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token, c) => {
      let since = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        const url = urls[(c + round) % urls.length];
        const records = Array.from({ length: 10 }, (_, i) => ({
          ...entry(round * 10 + i),
          id: `c${c}-r${round}-${i}`,
        }));
        let t = performance.now();
        await call(url, token, '/v1/sync/push', { records });
        pushLatency.push(performance.now() - t);
        t = performance.now();
        const answer = await call(url, token, `/v1/sync/pull?since=${since}&limit=${PULL_PAGE}`);
        pullLatency.push(performance.now() - t);
        since = answer.checkpoint.seq;
      }
    }),
  );
  const elapsed = performance.now() - started;
  let lost = 0;
  let doubled = 0;
  for (const [c, token] of tokens.entries()) {
    const ids = (await pullEverything(urls[c % urls.length], token)).map((r) => r.id);
    doubled += ids.length - new Set(ids).size;
    lost += ROUNDS * 10 - new Set(ids).size;
  }
  pushLatency.sort((a, b) => a - b);
  pullLatency.sort((a, b) => a - b);
  const requests = pushLatency.length + pullLatency.length;
  const note = `${CLIENTS} clients x ${ROUNDS} rounds of push(10)+pull, ${urls.length} server processes`;
  return [
    result(`${CLIENTS} clients: throughput`, requests / (elapsed / 1000), 'ops/s', note),
    result(`${CLIENTS} clients: push p50`, percentile(pushLatency, 0.5), 'ms', note),
    result(`${CLIENTS} clients: push p99`, percentile(pushLatency, 0.99), 'ms', note),
    result(`${CLIENTS} clients: pull p50`, percentile(pullLatency, 0.5), 'ms', note),
    result(`${CLIENTS} clients: pull p99`, percentile(pullLatency, 0.99), 'ms', note),
    result(`${CLIENTS} clients: records lost`, lost, 'count', note, { max: 0 }),
    result(`${CLIENTS} clients: records doubled`, doubled, 'count', note, { max: 0 }),
  ];
}

/**
 * Every sync-server measurement, BenchResult-shaped; problems are returned, not thrown.
 * @returns {Promise<{ results: object[], problems: string[] }>}
 */
export async function syncServerBench() {
  const problems = [];
  const results = [];
  const db = await startDevDatabase();
  const servers = [];
  try {
    servers.push(await spawnServer(db.appUrl), await spawnServer(db.appUrl));
    const big = await tenThousand(db, servers[0].url);
    const { pushMs, pullMs } = big[0];
    results.push(...big.map(({ pushMs: _a, pullMs: _b, ...rest }) => rest));
    const pouch = await pouchComparison(pushMs, pullMs).catch((error) => ({
      problem: `PouchDB: ${error.message}`,
    }));
    if (pouch.problem) problems.push(pouch.problem);
    results.push(...(pouch.results ?? []));
    results.push(...(await concurrentClients(servers.map((server) => server.url))));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await db.cluster.destroy();
  }
  return { results, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { results, problems } = await syncServerBench();
  for (const r of results) console.log(`${r.name}: ${r.value} ${r.unit}`);
  for (const problem of problems) console.log(`problem: ${problem}`);
}
