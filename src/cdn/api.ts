// The script-tag build's API file (dist/cdn/recovery-kit-api.js): what a page's own module
// can import without a bundler (`import { RecordStore } from './recovery-kit-api.js'`): the
// store, the adapters, backups and locales. It registers no element (recovery-kit.js
// does); recovery-kit-all.js exports the same. A file of its own because ES module exports
// are static: were recovery-kit.js to export the adapters, every page would download them.
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
