// Storage: records, adapters, the record store and backups.
export type { RecordEnvelope, RecordDraft } from './core/record.js';
export { orderKeyOf } from './core/record.js';
export type { RecordModel, ValidationProblem, ValidationCode } from './core/model.js';
export { ValidationError } from './core/model.js';
export { newId } from './core/ids.js';
export type * from './storage/storage-adapter.js';
export { isCorrupt } from './storage/storage-adapter.js';
export { StorageError, isStorageError, type StorageErrorCode } from './storage/storage-error.js';
export { MemoryAdapter, MemoryDatabase, type MemoryAdapterOptions } from './storage/memory-adapter.js';
export { RecordStore, type RecordStoreOptions, type ImportOptions } from './storage/record-store.js';
export { RecordCollection, type CollectionListOptions } from './storage/record-collection.js';
export type { StoredItem, StoredItemStatus } from './storage/stored-item.js';
export type { ImportReport } from './storage/import-plan.js';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  checkBundle,
  type ExportBundle,
  type ExportedRecord,
  type BundleProblem,
  type BundleCheck,
} from './core/export-format.js';
export { IndexedDbAdapter, type IndexedDbAdapterOptions } from './storage/indexeddb-adapter.js';
export { FaultInjectingAdapter, type AdapterOperation } from './storage/fault-injecting-adapter.js';
