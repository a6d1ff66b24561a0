/**
 * The browser side of sync through the real dev server (`recovery-kit-server --dev`,
 * started by bench/browser-suites.mjs): a device saving 1,000 records and pushing them,
 * and a fresh device pulling 10,000, each into real IndexedDB. The server's own speed is
 * bench/sync-server.mjs; this is what a person's device adds on top.
 */
import { newId } from '../src/core/ids.js';
import type { RecordDraft } from '../src/core/record.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { SyncClient } from '../src/sync/sync-client.js';
import { SyncedAdapter } from '../src/sync/synced-adapter.js';
import type { BenchContext, BenchResult, BenchSuite } from './bench-types.js';

const PUSHED = 1_000;
const PULLED = 10_000;
/** Records per push request when seeding the server for the pull. */
const SEED_BATCH = 100;

const note = (i: number): RecordDraft => ({
  kind: 'entry',
  id: `entry-${i}`,
  schemaVersion: 1,
  createdAt: '2026-12-02T18:00:00.000Z',
  updatedAt: '2026-12-02T18:00:00.000Z',
  data: {
    body: `Walked to the park with my sister today and it helped more than I thought (${i}).`,
    prompt: 'What gave you a little hope today?',
    hope: i % 11,
    tags: ['walking', 'family'],
  },
});

/** A device of `person` on a database of its own. */
function device(url: string, person: string) {
  const adapter = new SyncedAdapter(new IndexedDbAdapter({ namespace: `bench-sync-${newId()}` }));
  const client = new SyncClient(adapter, { url, auth: () => `dev:${person}`, live: false });
  return { adapter, client };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function synced(client: SyncClient): Promise<void> {
  await client.syncNow();
  if (client.status.state !== 'synced') throw new Error(`sync ended ${client.status.state}`);
}

/** Saves PUSHED records on a device, then times the sync that pushes them. */
async function pushOf(url: string): Promise<{ saveMs: number; pushMs: number }> {
  const phone = device(url, `bench-push-${newId()}`);
  const saveMs = await timed(async () => {
    for (let i = 0; i < PUSHED; i += 1) await phone.adapter.put(note(i), null);
  });
  const pushMs = await timed(() => synced(phone.client));
  const left = await phone.adapter.outbox.count();
  phone.client.stop();
  await phone.adapter.purgeAll();
  if (left !== 0) throw new Error(`${left} records were left unpushed`);
  return { saveMs, pushMs };
}

/** Puts PULLED records on the server for a person (straight over HTTP), then times a fresh device's pull. */
async function pullOf(url: string): Promise<number> {
  const person = `bench-pull-${newId()}`;
  for (let i = 0; i < PULLED; i += SEED_BATCH) {
    const records = Array.from({ length: SEED_BATCH }, (_, j) => {
      const { kind, id, data } = note(i + j);
      return { kind, id, expectedRev: null, rev: `1-${(i + j).toString(36)}`, body: data };
    });
    const response = await fetch(`${url}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer dev:${person}`, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
    });
    if (!response.ok) throw new Error(`seeding the server answered ${response.status}`);
  }
  const fresh = device(url, person);
  const pullMs = await timed(() => synced(fresh.client));
  const count = await fresh.adapter.count('entry');
  fresh.client.stop();
  await fresh.adapter.purgeAll();
  if (count !== PULLED) throw new Error(`pulled ${count} of ${PULLED}`);
  return pullMs;
}

const result = (name: string, value: number, note: string): BenchResult => ({
  suite: 'sync-client',
  name,
  value: Math.round(value),
  unit: 'ms',
  note,
});

const suite: BenchSuite = async ({ syncUrl, syncProblem }: BenchContext) => {
  if (!syncUrl) throw new Error(`no sync server: ${syncProblem ?? 'not started'}`);
  const { saveMs, pushMs } = await pushOf(syncUrl);
  const pullMs = await pullOf(syncUrl);
  const through = 'through the dev server on loopback, real IndexedDB';
  return [
    result(`save ${PUSHED.toLocaleString('en-GB')} records on a synced store`, saveMs, through),
    result(
      `push ${PUSHED.toLocaleString('en-GB')} records (one sync: push, then pull back)`,
      pushMs,
      through,
    ),
    result(`pull ${PULLED.toLocaleString('en-GB')} records into a fresh device`, pullMs, through),
  ];
};

export default suite;
