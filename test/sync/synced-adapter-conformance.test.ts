import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { SyncedAdapter } from '../../src/sync/synced-adapter.js';
import { runAdapterConformance } from '../../src/testing/index.js';
import { indexedDbConformance } from '../storage/indexeddb-raw.js';

// The synced store is a StorageAdapter like any other: its outbox and checkpoint live
// beside the records in the same database and never show through it.
describe('SyncedAdapter over IndexedDB', () => {
  runAdapterConformance(
    'indexeddb',
    (namespace) => new SyncedAdapter(new IndexedDbAdapter({ namespace })),
    indexedDbConformance,
  );
});
