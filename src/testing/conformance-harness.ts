import type { RecordDraft } from '../core/record.js';
import type { StorageAdapter, StorageChange, StoredRecord } from '../storage/storage-adapter.js';
import type { StorageError } from '../storage/storage-error.js';

/** One empty database for one test, and ways to reach under the adapter. */
export interface TestDatabase {
  /** A new adapter instance on this database; each call stands in for another tab. */
  connect(): StorageAdapter;
  /** Writes `value` straight into the underlying storage under kind/id, bypassing the adapter. */
  writeRaw(kind: string, id: string, value: unknown): Promise<void>;
  /** The value under kind/id exactly as the underlying storage holds it. */
  readRaw(kind: string, id: string): Promise<unknown>;
  /** Closes every adapter made by `connect` and deletes the database. */
  destroy(): Promise<void>;
}

/** What each adapter's test file gives the shared conformance suite. */
export interface ConformanceHarness {
  /** Adapter name as reported by `open()`. */
  name: string;
  /** Whether data outlives the adapter (false for memory). */
  durable: boolean;
  createDatabase(): TestDatabase;
  /** Values that are not readable records in this store (bad JSON, unknown shapes). */
  corruptValues: unknown[];
  /** Takes the underlying storage away (as private mode or a blocked iframe does); returns the undo. Absent for memory. */
  removeStorage?(): () => void;
  /** Closes the adapter's connection the way a browser would, without telling it. */
  closeUnderneath(adapter: StorageAdapter): Promise<void>;
}

/** Orders records by kind, then id, to compare exports whatever order an adapter gives. */
export const byKey = (a: StoredRecord, b: StoredRecord) => (a.kind + a.id < b.kind + b.id ? -1 : 1);

/** A draft record of kind `note`. */
export function draft(id: string, day = 1, text = `note ${id}`): RecordDraft {
  const at = `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  return {
    id,
    kind: 'note',
    schemaVersion: 2,
    createdAt: at,
    updatedAt: at,
    data: { text, day: at.slice(0, 10) },
  };
}

/** The error a promise rejected with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    return error as StorageError;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

/** Resolves with the first change `adapter` reports that matches, or rejects after `ms`. */
export function nextChange(
  adapter: StorageAdapter,
  matches: (change: StorageChange) => boolean,
  ms = 1000,
): Promise<StorageChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching change reached the adapter within ${ms} ms`));
    }, ms);
    const stop = adapter.subscribe((change) => {
      if (!matches(change)) return;
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

/** Replaces a property of `window` (such as `indexedDB`) until the returned function is called. */
export function replaceGlobal(
  name: 'indexedDB' | 'localStorage',
  descriptor: PropertyDescriptor,
): () => void {
  const own = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(window, name, own);
    else delete (window as unknown as Record<string, unknown>)[name];
  };
}
