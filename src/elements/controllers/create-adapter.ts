import { IndexedDbAdapter } from '../../storage/indexeddb-adapter.js';
import { LocalStorageAdapter } from '../../storage/localstorage-adapter.js';
import { MemoryAdapter } from '../../storage/memory-adapter.js';
import type { StorageAdapter } from '../../storage/storage-adapter.js';
import type { StorageKind } from '../context.js';

/**
 * A new adapter of the given kind for `namespace` (memory when IndexedDB is missing).
 * Only code loaded on demand imports this module (the encrypted store, and the shared
 * store's fallbacks), so a page on IndexedDB never downloads the other two adapters.
 */
export function createAdapter(storage: StorageKind, namespace: string): StorageAdapter {
  if (storage === 'indexeddb' && typeof indexedDB !== 'undefined')
    return new IndexedDbAdapter({ namespace });
  if (storage === 'localstorage') return new LocalStorageAdapter({ namespace });
  return new MemoryAdapter();
}
