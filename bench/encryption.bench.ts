/**
 * Encryption at rest (EncryptedAdapter):
 * - unlocking with a passphrase (PBKDF2-SHA256, 600,000 rounds), median of 5;
 * - <rk-hope-journal> over 10,000 encrypted entries in IndexedDB: first entries on screen
 *   and a search keystroke, once unlocked;
 * - list and get of 1,000 records, encrypted / plain over IndexedDB in the same run,
 *   taking turns so both see the same load.
 */
import { medianMs, type BenchResult, type BenchSuite } from './bench-types.js';
import { searchKeystroke, timeToFirstEntries } from './hope-journal.bench.js';
import { journalEntries, seedJournal } from './journal-seed.js';
import { EncryptedAdapter } from '../src/storage/encrypted-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import type { StorageAdapter } from '../src/storage/storage-adapter.js';

const PASSPHRASE = 'benchmarks by the sea';

/** An unlocked encrypted adapter over IndexedDB holding exactly `count` entries (seeded once). */
async function encryptedWith(namespace: string, count: number): Promise<EncryptedAdapter> {
  const adapter = new EncryptedAdapter(new IndexedDbAdapter({ namespace }), { namespace });
  if (await adapter.hasPassphrase()) await adapter.unlock(PASSPHRASE);
  else await adapter.create(PASSPHRASE);
  await adapter.open();
  await seedJournal(adapter, count);
  return adapter;
}

async function plainWith(namespace: string, count: number): Promise<StorageAdapter> {
  const adapter = new IndexedDbAdapter({ namespace });
  await seedJournal(adapter, count);
  return adapter;
}

/** Medians of `work` on each side, taking turns; and the median of the per-turn ratios. */
async function compare(
  turns: number,
  encrypted: () => Promise<unknown>,
  plain: () => Promise<unknown>,
): Promise<{ encrypted: number; plain: number; ratio: number }> {
  const e: number[] = [];
  const p: number[] = [];
  const ratios: number[] = [];
  for (let turn = 0; turn < turns; turn += 1) {
    const a = await medianMs(1, plain);
    const b = await medianMs(1, encrypted);
    p.push(a);
    e.push(b);
    ratios.push(b / a);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1];
  return { encrypted: median(e), plain: median(p), ratio: median(ratios) };
}

const round = (value: number) => Math.round(value * 100) / 100;

const suite: BenchSuite = async () => {
  const unlockMs = await medianMs(5, async () => {
    const adapter = new EncryptedAdapter(new IndexedDbAdapter({ namespace: 'bench-unlock' }), {
      namespace: 'bench-unlock',
    });
    if (!(await adapter.hasPassphrase())) await adapter.create(PASSPHRASE);
    else await adapter.unlock(PASSPHRASE);
    await adapter.close();
  });

  const journal = new RecordStore(await encryptedWith('bench-journal-encrypted', 10_000), {
    requestPersistence: false,
  });
  const first = await timeToFirstEntries(journal);
  const search = await searchKeystroke(journal);

  const encrypted = await encryptedWith('bench-encrypted-1000', 1_000);
  const plain = await plainWith('bench-plain-1000', 1_000);
  const ids = journalEntries(1_000).map((record) => record.id);
  const list = await compare(
    15,
    () => encrypted.list('entry'),
    () => plain.list('entry'),
  );
  const get = await compare(
    7,
    async () => {
      for (const id of ids) await encrypted.get('entry', id);
    },
    async () => {
      for (const id of ids) await plain.get('entry', id);
    },
  );

  const results: BenchResult[] = [
    {
      suite: 'encryption',
      name: 'unlock with a passphrase (PBKDF2-SHA256, 600,000 rounds)',
      value: Math.round(unlockMs),
      unit: 'ms',
      target: { max: 1000 },
      note: 'median of 5, reading the wrapped key from IndexedDB included',
    },
    {
      suite: 'encryption',
      name: 'journal: element creation to first entries on screen (10,000 encrypted entries)',
      value: Math.round(first * 10) / 10,
      unit: 'ms',
      target: { max: 500 },
      note: 'median of 9, unlocked',
    },
    {
      suite: 'encryption',
      name: 'journal: search keystroke to updated results (10,000 encrypted entries)',
      value: Math.round(search * 10) / 10,
      unit: 'ms',
      target: { max: 50 },
      note: 'median of 27 keystrokes, unlocked',
    },
    {
      suite: 'encryption',
      name: 'list of 1,000 records: encrypted / plain (IndexedDB)',
      value: round(list.ratio),
      unit: 'ratio',
      target: { max: 3 },
      note: `median of 15 turns; encrypted ${list.encrypted.toFixed(1)} ms, plain ${list.plain.toFixed(1)} ms`,
    },
    {
      suite: 'encryption',
      name: 'get of 1,000 records one by one: encrypted / plain (IndexedDB)',
      value: round(get.ratio),
      unit: 'ratio',
      target: { max: 3 },
      note: `median of 7 turns; encrypted ${get.encrypted.toFixed(1)} ms, plain ${get.plain.toFixed(1)} ms`,
    },
  ];
  await Promise.all([encrypted.close(), plain.close(), journal.close()]);
  return results;
};

export default suite;
