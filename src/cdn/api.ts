// What a page using the script tag can import from it without a bundler
// (`import { RecordStore } from './recovery-kit.js'`): the store, the adapters, backups
// and locales. Both CDN files export the same.
import type * as Backup from '../storage/backup.js';

export { RecordStore } from '../storage/record-store.js';
export { IndexedDbAdapter } from '../storage/indexeddb-adapter.js';
export { LocalStorageAdapter } from '../storage/localstorage-adapter.js';
export { MemoryAdapter, MemoryDatabase } from '../storage/memory-adapter.js';
export { StorageError, isStorageError } from '../storage/storage-error.js';
export { registerLocale } from '../i18n/locale-registry.js';
export { loadElements } from './autoloader.js';

/** Backups are fetched the first time one is made or brought back (as <rk-my-data> does). */
const backup = () => import('../storage/backup.js');

/** Every record in the store, as a backup bundle (see the Storage docs page). */
export const exportBundle: typeof Backup.exportBundle = async (store) =>
  (await backup()).exportBundle(store);

/** Brings a backup bundle back into the store (checked first; see the Storage docs page). */
export const importBundle: typeof Backup.importBundle = async (...args) =>
  (await backup()).importBundle(...args);
