/**
 * Storage throughput: each adapter beside idb-keyval doing the same work in the same
 * browser run - put one by one, put in a batch, get one by one, list everything - at
 * 1,000 and 10,000 records. Reports milliseconds (median of the runs) and the ratio to
 * idb-keyval; the IndexedDB adapter's ratios have the budget of 1.5.
 * Every run starts from an emptied store; both sides keep their connection open.
 */
import { clear, createStore, get, set, setMany, values, type UseStore } from 'idb-keyval';
import type { RecordDraft, RecordEnvelope } from '../src/core/record.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { LocalStorageAdapter } from '../src/storage/localstorage-adapter.js';
import { MemoryAdapter } from '../src/storage/memory-adapter.js';
import type { StorageAdapter } from '../src/storage/storage-adapter.js';
import type { BenchResult, BenchSuite } from './bench-types.js';

const SIZES = [1_000, 10_000];
/** Runs per measurement (median): fewer for the slow 10,000-record runs. */
const RUNS: Record<number, number> = { 1_000: 7, 10_000: 3 };
const OPERATIONS = ['put one by one', 'put in a batch', 'get', 'list'] as const;
type Operation = (typeof OPERATIONS)[number];
type Timings = Record<Operation, number>;

/** Journal-entry-sized records (about 400 bytes of text each). */
function records(count: number): RecordEnvelope[] {
  const at = '2026-01-01T10:00:00.000Z';
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    kind: 'entry',
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    rev: '1-bench',
    sortKey: `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
    data: {
      body: `Entry ${index}: `.padEnd(400, 'a calm walk, a good talk. '),
      hope: index % 11,
      tags: ['walk', 'sleep'],
    },
  }));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** One side of the comparison: the four operations, on an emptied store. */
interface Contender {
  name: string;
  clear(): Promise<void>;
  putEach(data: RecordEnvelope[]): Promise<void>;
  putBatch(data: RecordEnvelope[]): Promise<void>;
  getEach(data: RecordEnvelope[]): Promise<void>;
  list(): Promise<void>;
}

function adapterContender(adapter: StorageAdapter): Contender {
  return {
    name: adapter.name,
    clear: () => adapter.purgeAll(),
    async putEach(data) {
      for (const { rev: _rev, ...draft } of data) await adapter.put(draft as RecordDraft, null);
    },
    putBatch: (data) => adapter.importAll(data, { mode: 'merge' }),
    async getEach(data) {
      for (const record of data) await adapter.get(record.kind, record.id);
    },
    list: async () => void (await adapter.list('entry')),
  };
}

function keyvalContender(store: UseStore): Contender {
  return {
    name: 'idb-keyval',
    clear: () => clear(store),
    async putEach(data) {
      for (const record of data) await set(record.id, record, store);
    },
    putBatch: (data) =>
      setMany(
        data.map((record) => [record.id, record]),
        store,
      ),
    async getEach(data) {
      for (const record of data) await get(record.id, store);
    },
    list: async () => void (await values(store)),
  };
}

/** One run of the four operations. */
async function run(contender: Contender, data: RecordEnvelope[]): Promise<Timings> {
  await contender.clear();
  const putOneByOne = await timed(() => contender.putEach(data));
  await contender.clear();
  const putBatch = await timed(() => contender.putBatch(data));
  const getEach = await timed(() => contender.getEach(data));
  const list = await timed(() => contender.list());
  return { 'put one by one': putOneByOne, 'put in a batch': putBatch, get: getEach, list };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Runs `contender` and idb-keyval back to back, `runs` times, taking turns going first,
 * so both see the same machine load. Returns both sets of timings.
 */
async function paired(
  contender: Contender,
  keyval: Contender,
  data: RecordEnvelope[],
  runs: number,
) {
  const ours: Timings[] = [];
  const theirs: Timings[] = [];
  for (let index = 0; index < runs; index += 1) {
    if (index % 2) ours.push(await run(contender, data));
    theirs.push(await run(keyval, data));
    if (index % 2 === 0) ours.push(await run(contender, data));
  }
  return { ours, theirs };
}

const suite: BenchSuite = async () => {
  const namespace = `bench-storage-${Date.now().toString(36)}`;
  const keyvalName = `${namespace}-idb-keyval`;
  const keyval = keyvalContender(createStore(keyvalName, 'keyval'));
  const adapters: StorageAdapter[] = [
    new IndexedDbAdapter({ namespace }),
    new LocalStorageAdapter({ namespace }),
    new MemoryAdapter(),
  ];
  const results: BenchResult[] = [];
  const report = (
    name: string,
    label: string,
    value: number,
    unit: 'ms' | 'ratio',
    note: string,
    budget = false,
  ) =>
    results.push({
      suite: 'storage',
      name: unit === 'ms' ? `${name} ${label}` : `${name} / idb-keyval: ${label}`,
      value: Math.round(value * 100) / 100,
      unit,
      ...(budget ? { target: { max: 1.5 } } : {}),
      note,
    });
  try {
    for (const size of SIZES) {
      const data = records(size);
      const runs = RUNS[size];
      const label = (operation: Operation) =>
        `${operation} (${size.toLocaleString('en-GB')} records)`;
      const pairedNote = `median of ${runs} runs, each right beside an idb-keyval run`;
      const [indexedDb, ...others] = adapters;
      const { ours, theirs } = await paired(adapterContender(indexedDb), keyval, data, runs);
      for (const operation of OPERATIONS) {
        report(
          'idb-keyval',
          label(operation),
          median(theirs.map((t) => t[operation])),
          'ms',
          pairedNote,
        );
        report(
          'indexeddb',
          label(operation),
          median(ours.map((t) => t[operation])),
          'ms',
          pairedNote,
        );
        const ratios = ours.map((timing, index) => timing[operation] / theirs[index][operation]);
        report(
          'indexeddb',
          label(operation),
          median(ratios),
          'ratio',
          `${pairedNote}; median of the per-run ratios`,
          true,
        );
      }
      for (const adapter of others) {
        if (adapter.name === 'localstorage' && size > 1_000) continue; // about 4 MB: near localStorage's limit
        const timings: Timings[] = [];
        for (let index = 0; index < runs; index += 1)
          timings.push(await run(adapterContender(adapter), data));
        for (const operation of OPERATIONS) {
          const ms = median(timings.map((t) => t[operation]));
          const note = `median of ${runs} runs; ratio to idb-keyval's median above`;
          report(adapter.name, label(operation), ms, 'ms', note);
          report(
            adapter.name,
            label(operation),
            ms / median(theirs.map((t) => t[operation])),
            'ratio',
            note,
          );
        }
      }
    }
  } finally {
    await Promise.all(adapters.map((adapter) => adapter.purgeAll().then(() => adapter.close())));
    await deleteDatabase(`recovery-kit:${namespace}`);
    await deleteDatabase(keyvalName);
  }
  return results;
};

export default suite;
