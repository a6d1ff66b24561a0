/**
 * Storage throughput: each adapter beside idb-keyval doing the same work in the same
 * browser run - put one by one, put in a batch, get one by one, list everything - at
 * 1,000 and 10,000 records. Reports milliseconds and the ratio to idb-keyval; the
 * IndexedDB adapter's ratios carry the issue's budget of 1.5.
 *
 * The IndexedDB adapter and idb-keyval take turns in small slices (100 puts or gets
 * each, whole batches and lists several times over), so both see the same machine load
 * and the ratio is the median of the slices' ratios. Both keep their connection open.
 */
import { clear, createStore, get, set, setMany, values, type UseStore } from 'idb-keyval';
import type { RecordDraft, RecordEnvelope } from '../src/core/record.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { LocalStorageAdapter } from '../src/storage/localstorage-adapter.js';
import { MemoryAdapter } from '../src/storage/memory-adapter.js';
import type { StorageAdapter } from '../src/storage/storage-adapter.js';
import type { BenchResult, BenchSuite } from './bench-types.js';

const SIZES = [1_000, 10_000];
/** Records per slice when puts and gets take turns. */
const SLICE = 100;
/** Times a whole batch or list is repeated (median): more where a run is short and noise weighs more. */
const repeatsFor = (size: number) => (size <= 1_000 ? 15 : 7);
const OPERATIONS = ['put one by one', 'put in a batch', 'get', 'list'] as const;
type Operation = (typeof OPERATIONS)[number];

/** The four operations, as one side of the comparison does them. */
interface Contender {
  name: string;
  clear(): Promise<void>;
  putEach(data: RecordEnvelope[]): Promise<void>;
  putBatch(data: RecordEnvelope[]): Promise<void>;
  getEach(data: RecordEnvelope[]): Promise<void>;
  list(): Promise<void>;
}

/** Total milliseconds and the per-slice (or per-repeat) samples of one operation. */
interface Measure {
  ms: number;
  samples: number[];
}

/** Journal-entry-sized records (about 400 characters of text each). */
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
      tags: ['walk'],
    },
  }));
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

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `work(contender, turn)` for each contender, `turns` times, taking turns going first; only `work` is timed. */
async function takeTurns(
  contenders: Contender[],
  turns: number,
  work: (c: Contender, turn: number) => Promise<unknown>,
  prepare: (c: Contender) => Promise<unknown> = async () => undefined,
) {
  const measures = contenders.map((): Measure => ({ ms: 0, samples: [] }));
  for (let turn = 0; turn < turns; turn += 1) {
    const order = turn % 2 ? [...contenders.keys()].reverse() : [...contenders.keys()];
    for (const index of order) {
      await prepare(contenders[index]); // not timed
      const ms = await timed(() => work(contenders[index], turn));
      measures[index].ms += ms;
      measures[index].samples.push(ms);
    }
  }
  return measures;
}

/** The four operations for each contender, side by side; whole batches and lists are medians of repeats. */
async function measureAll(
  contenders: Contender[],
  data: RecordEnvelope[],
): Promise<Record<Operation, Measure[]>> {
  const slices = Array.from({ length: data.length / SLICE }, (_, index) =>
    data.slice(index * SLICE, (index + 1) * SLICE),
  );
  for (const contender of contenders) await contender.clear();
  const putEach = await takeTurns(contenders, slices.length, (c, turn) => c.putEach(slices[turn]));
  const putBatch = await takeTurns(
    contenders,
    repeatsFor(data.length),
    (c) => c.putBatch(data),
    (c) => c.clear(),
  );
  const getEach = await takeTurns(contenders, slices.length, (c, turn) => c.getEach(slices[turn]));
  const list = await takeTurns(contenders, repeatsFor(data.length), (c) => c.list());
  // A batch or list is one run: report its median, not the sum of the repeats.
  for (const measure of [...putBatch, ...list]) measure.ms = median(measure.samples);
  return { 'put one by one': putEach, 'put in a batch': putBatch, get: getEach, list };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

const suite: BenchSuite = async () => {
  const namespace = `bench-storage-${Date.now().toString(36)}`;
  const keyvalName = `${namespace}-idb-keyval`;
  const keyval = keyvalContender(createStore(keyvalName, 'keyval'));
  const indexedDb = new IndexedDbAdapter({ namespace });
  const others = [new LocalStorageAdapter({ namespace }), new MemoryAdapter()];
  const results: BenchResult[] = [];
  const round = (value: number) => Math.round(value * 100) / 100;
  try {
    for (const size of SIZES) {
      const data = records(size);
      const label = (operation: Operation) =>
        `${operation} (${size.toLocaleString('en-GB')} records)`;
      const paired = await measureAll([keyval, adapterContender(indexedDb)], data);
      for (const operation of OPERATIONS) {
        const [theirs, ours] = paired[operation];
        const turns = ours.samples.length;
        const unit =
          operation === 'put in a batch' || operation === 'list'
            ? 'whole runs'
            : `slices of ${SLICE}`;
        const note = `taking turns with idb-keyval over ${turns} ${unit}`;
        results.push(
          {
            suite: 'storage',
            name: `idb-keyval ${label(operation)}`,
            value: round(theirs.ms),
            unit: 'ms',
            note,
          },
          {
            suite: 'storage',
            name: `indexeddb ${label(operation)}`,
            value: round(ours.ms),
            unit: 'ms',
            note,
          },
          {
            suite: 'storage',
            name: `indexeddb / idb-keyval: ${label(operation)}`,
            value: round(median(ours.samples.map((ms, index) => ms / theirs.samples[index]))),
            unit: 'ratio',
            target: { max: 1.5 },
            note: `${note}; median of the turns' ratios; under 1 is faster`,
          },
        );
      }
      for (const adapter of others) {
        if (adapter.name === 'localstorage' && size > 1_000) continue; // about 4 MB: near localStorage's limit
        const measured = await measureAll([adapterContender(adapter)], data);
        for (const operation of OPERATIONS) {
          const ms = measured[operation][0].ms;
          const note = "run on its own after the IndexedDB pair; ratio to idb-keyval's time above";
          results.push(
            {
              suite: 'storage',
              name: `${adapter.name} ${label(operation)}`,
              value: round(ms),
              unit: 'ms',
              note,
            },
            {
              suite: 'storage',
              name: `${adapter.name} / idb-keyval: ${label(operation)}`,
              value: round(ms / paired[operation][0].ms),
              unit: 'ratio',
              note,
            },
          );
        }
      }
    }
  } finally {
    for (const adapter of [indexedDb, ...others]) {
      await adapter.purgeAll();
      await adapter.close();
    }
    await deleteDatabase(`recovery-kit:${namespace}`);
    await deleteDatabase(keyvalName);
  }
  return results;
};

export default suite;
