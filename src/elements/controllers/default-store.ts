import { IndexedDbAdapter } from '../../storage/indexeddb-adapter.js';
import { deferredAdapter } from '../../storage/deferred-adapter.js';
import { RecordStore } from '../../storage/record-store.js';
import type { OpenReport, StorageAdapter } from '../../storage/storage-adapter.js';
import { isStorageError } from '../../storage/storage-error.js';
import type { SyncLink } from '../../storage/sync-link.js';
import { setSyncLink } from '../../storage/synced-stores.js';

import {
  DEFAULT_NAMESPACE,
  DEFAULT_STORAGE,
  type Encryption,
  type RkConfig,
  type StorageKind,
} from '../context.js';

const stores = new Map<string, RecordStore>();

function keyOf(namespace: string, storage: StorageKind, encryption = ''): string {
  return `${storage}\u0000${namespace}\u0000${encryption}`;
}

/**
 * The encrypted adapter for `<rk-provider encryption="passphrase">` (over the synced store
 * when `sync` is given), downloaded with `<rk-lock>` only then. The store exists at once,
 * so no tool ever starts on a plain store while it downloads.
 */
function encryptedAdapter(
  storage: StorageKind,
  namespace: string,
  encryption: Encryption,
  sync?: SyncLink,
): StorageAdapter {
  const loading = import('../lock/encrypted-store.js').then((chunk) =>
    chunk.encryptedAdapter(storage, namespace, encryption, sync),
  );
  return deferredAdapter(storage, loading);
}

/**
 * The synced adapter for `<rk-provider sync-url>`: the sync code downloads only then, and
 * the store exists at once, so no tool ever writes past the outbox meanwhile. It stores
 * the revision it is given, as the local adapter does (what encryption over it needs).
 */
export function syncedAdapter(
  storage: StorageKind,
  namespace: string,
  link: SyncLink,
): StorageAdapter {
  const local = plainAdapter(storage, namespace);
  const loading = import('../../sync/connect.js').then((chunk) => chunk.connectSync(local, link));
  return deferredAdapter(storage, loading, local.storesChosenRevision);
}

/**
 * A shared store's adapter: IndexedDB's at once; the localStorage and memory adapters
 * (another `storage`, or the fallback where IndexedDB is missing) download only then.
 */
function plainAdapter(storage: StorageKind, namespace: string): StorageAdapter {
  if (storage === 'indexeddb' && typeof indexedDB !== 'undefined')
    return new IndexedDbAdapter({ namespace });
  const loading = import('./create-adapter.js').then((chunk) =>
    chunk.createAdapter(storage, namespace),
  );
  return deferredAdapter(storage === 'localstorage' ? storage : 'memory', loading);
}

/**
 * The page's one `RecordStore` for a namespace and kind of storage, created on first
 * use. Every `StoreController` gets its store here unless it was given one (by the
 * element or the provider), so an element alone and an element inside `<rk-provider>`
 * with the same namespace share one store; `encryption` gives the namespace's encrypted
 * store instead, and `sync` a store that syncs, encrypted first when both are given
 * (`<rk-provider sync-url>` asks for that one itself and shares it as its store; otherwise
 * the provider only shares the namespace and storage kind).
 */
export function sharedStore(
  namespace: string = DEFAULT_NAMESPACE,
  storage: StorageKind = DEFAULT_STORAGE,
  encryption?: Encryption,
  sync?: SyncLink,
): RecordStore {
  const key = keyOf(namespace, storage, encryption) + (sync ? `\u0000${sync.url}` : '');
  let store = stores.get(key);
  if (!store) {
    store = new RecordStore(
      encryption
        ? encryptedAdapter(storage, namespace, encryption, sync)
        : sync
          ? syncedAdapter(storage, namespace, sync)
          : plainAdapter(storage, namespace),
    );
    if (sync) setSyncLink(store, sync);
    stores.set(key, store);
  }
  return store;
}

/**
 * The store an element uses: its own `store`; else, when it names a `namespace`
 * different from the provider's, the page's shared store for that namespace; else the
 * provider's `store`; else the shared store for the provider's namespace, storage and
 * encryption (IndexedDB and `"default"` without a provider).
 */
export function chosenStore(element: {
  readonly store?: RecordStore | undefined;
  readonly namespace?: string | undefined;
  readonly rkConfig?: RkConfig | undefined;
}): RecordStore {
  const { store, namespace, rkConfig } = element;
  if (store) return store;
  if (namespace && namespace !== rkConfig?.namespace) return sharedStore(namespace);
  return (
    rkConfig?.store ??
    sharedStore(rkConfig?.namespace ?? DEFAULT_NAMESPACE, rkConfig?.storage, rkConfig?.encryption)
  );
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
    const fallback = new RecordStore(plainAdapter('memory', DEFAULT_NAMESPACE));
    stores.set(key, fallback);
    return { store: fallback, report: await fallback.open() };
  }
}
