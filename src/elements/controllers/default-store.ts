import { IndexedDbAdapter } from '../../storage/indexeddb-adapter.js';
import { LocalStorageAdapter } from '../../storage/localstorage-adapter.js';
import { MemoryAdapter } from '../../storage/memory-adapter.js';
import { RecordStore } from '../../storage/record-store.js';
import type { OpenReport, StorageAdapter } from '../../storage/storage-adapter.js';
import { isStorageError } from '../../storage/storage-error.js';

/** Where `<rk-provider storage="...">` and the default store keep data. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/** The storage used when none is named: IndexedDB. */
export const DEFAULT_STORAGE: StorageKind = 'indexeddb';

/** The namespace used when neither the element nor a provider names one. */
export const DEFAULT_NAMESPACE = 'default';

const stores = new Map<string, RecordStore>();

function keyOf(namespace: string, storage: StorageKind): string {
  return `${storage}\u0000${namespace}`;
}

function createAdapter(storage: StorageKind, namespace: string): StorageAdapter {
  if (storage === 'indexeddb' && typeof indexedDB !== 'undefined')
    return new IndexedDbAdapter({ namespace });
  if (storage === 'localstorage') return new LocalStorageAdapter({ namespace });
  return new MemoryAdapter();
}

/**
 * The page's one `RecordStore` for a namespace and kind of storage, created on first
 * use. `<rk-provider>` and elements used alone both get their store here, so an element
 * alone and an element in a provider with the same namespace share one store (and one
 * in-memory view of it).
 */
export function sharedStore(
  namespace: string = DEFAULT_NAMESPACE,
  storage: StorageKind = DEFAULT_STORAGE,
): RecordStore {
  const key = keyOf(namespace, storage);
  let store = stores.get(key);
  if (!store) {
    store = new RecordStore(createAdapter(storage, namespace));
    stores.set(key, store);
  }
  return store;
}

/**
 * Opens `store`. When it is a shared store and the browser refuses to keep data
 * (`unavailable`: private browsing, storage blocked in an iframe), its namespace falls
 * back to a memory store whose report says `durability: 'memory'`, so the tool still
 * works and the save status says plainly that nothing will be kept. Any other failure,
 * and any failure of a store the host gave us, rejects.
 */
export async function openStore(
  store: RecordStore,
): Promise<{ store: RecordStore; report: OpenReport }> {
  try {
    return { store, report: await store.open() };
  } catch (error) {
    const key = [...stores].find(([, shared]) => shared === store)?.[0];
    if (key === undefined || !isStorageError(error) || error.code !== 'unavailable') throw error;
    console.warn(
      `recovery-kit: this browser is not letting the page keep data (${error.message}); nothing will be saved after the page closes.`,
    );
    const fallback = new RecordStore(new MemoryAdapter());
    stores.set(key, fallback);
    return { store: fallback, report: await fallback.open() };
  }
}
