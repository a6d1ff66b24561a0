/**
 * The journal entries the benches seed: the same `count` entries every run (ids
 * `e-000000`, ...), written in one replacing import. Shared by the journal and
 * encryption benches.
 */
import { entryModel, entrySortKey, type Entry } from '../src/core/entry.js';
import type { RecordEnvelope } from '../src/core/record.js';
import type { StorageAdapter } from '../src/storage/storage-adapter.js';

const WORDS = [
  'walk',
  'river',
  'friend',
  'coffee',
  'music',
  'garden',
  'sleep',
  'work',
  'sister',
  'painting',
  'rain',
  'sun',
];

/** The entry at `index`: forty words, a date going back in time, some pinned or with a hope score. */
export function entryFor(index: number): Entry {
  const day = new Date(Date.UTC(2026, 10, 20) - index * 8.64e6);
  const words = Array.from({ length: 40 }, (_, i) => WORDS[(index * 7 + i * 3) % WORDS.length]);
  return {
    body: `Entry ${index}: ${words.join(' ')}`,
    prompt: null,
    goodThings: [],
    hope: index % 3 === 0 ? index % 11 : null,
    tags: [WORDS[index % WORDS.length]],
    chime: index % 2 ? ['hope'] : ['connectedness'],
    pinned: index % 50 === 0,
    date: day.toISOString().slice(0, 10),
    writtenAt: day.toISOString(),
  };
}

/** `count` journal entries as stored records. */
export function journalEntries(count: number): RecordEnvelope[] {
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, index) => {
    const data = entryFor(index);
    return {
      id: `e-${String(index).padStart(6, '0')}`,
      kind: entryModel.kind,
      schemaVersion: entryModel.schemaVersion,
      createdAt: now,
      updatedAt: now,
      rev: '1-seed',
      sortKey: entrySortKey(data),
      data,
    };
  });
}

/** Makes `adapter` hold exactly `count` journal entries (nothing to do when it already does). */
export async function seedJournal(adapter: StorageAdapter, count: number): Promise<void> {
  const stored = adapter.count
    ? await adapter.count(entryModel.kind)
    : (await adapter.list(entryModel.kind)).records.length;
  if (stored !== count) await adapter.importAll(journalEntries(count), { mode: 'replace' });
}
