import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import { OptionalEncryptionAdapter } from '../../src/storage/optional-encryption-adapter.js';
import type { StorageAdapter } from '../../src/storage/storage-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { replaceGlobal } from '../../src/testing/conformance-harness.js';
import { runConformanceSuite } from '../../src/testing/adapter-conformance.js';
import { closeOnNextTransaction, rawRequest } from './indexeddb-raw.js';
import { sharedKeys, unlockedOnUse } from './encrypted-harness.js';

/** How the suite reaches under adapters on a memory database, and closes them. */
const memoryUnderneath = (database: MemoryDatabase, adapters: StorageAdapter[]) => ({
  async writeRaw(kind: string, id: string, value: unknown) {
    database.kind(kind).set(id, value);
  },
  async readRaw(kind: string, id: string) {
    return database.kinds.get(kind)?.get(id);
  },
  async destroy() {
    await Promise.all(adapters.map((adapter) => adapter.close()));
  },
});

const at = '2026-01-01T10:00:00.000Z';
const envelope = { id: 'bad', kind: 'note', schemaVersion: 2, createdAt: at, updatedAt: at };

runConformanceSuite({
  name: 'memory',
  durable: false,
  corruptValues: [
    'garbage',
    {
      ...envelope,
      rev: '1-a',
      data: { sealed: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' },
    },
    { ...envelope, rev: '1-a', data: { text: 'plain text where only ciphertext belongs' } },
    null,
  ],
  createDatabase() {
    const database = new MemoryDatabase();
    const namespace = uniqueNamespace('encrypted-memory');
    const seeded = sharedKeys().then(({ keys }) =>
      new MemoryAdapter({ database }).importAll([keys], { mode: 'merge' }),
    );
    const adapters: EncryptedAdapter[] = [];
    return {
      connect() {
        const adapter = new EncryptedAdapter(new MemoryAdapter({ database }), { namespace });
        adapters.push(adapter);
        return unlockedOnUse(adapter, seeded);
      },
      ...memoryUnderneath(database, adapters),
    };
  },
  closeUnderneath: (adapter) => adapter.close(),
});

runConformanceSuite({
  name: 'indexeddb',
  durable: true,
  corruptValues: ['garbage', { r: { id: 'bad', kind: 'note', data: 'no revision' } }, { r: null }],
  createDatabase() {
    const namespace = uniqueNamespace('encrypted-idb');
    const seeded = sharedKeys().then(async ({ keys }) => {
      const plain = new IndexedDbAdapter({ namespace });
      await plain.importAll([keys], { mode: 'merge' });
      await plain.close();
    });
    const adapters: EncryptedAdapter[] = [];
    return {
      connect() {
        const adapter = new EncryptedAdapter(new IndexedDbAdapter({ namespace }), { namespace });
        adapters.push(adapter);
        return unlockedOnUse(adapter, seeded);
      },
      async writeRaw(kind, id, value) {
        await seeded;
        await rawRequest(`recovery-kit:${namespace}`, 'readwrite', (store) =>
          store.put(value, `${kind}\u0000${id}`),
        );
      },
      readRaw(kind, id) {
        return rawRequest(`recovery-kit:${namespace}`, 'readonly', (store) =>
          store.get(`${kind}\u0000${id}`),
        );
      },
      async destroy() {
        await seeded.catch(() => undefined);
        await Promise.all(adapters.map((adapter) => adapter.close()));
        await deleteDatabase(`recovery-kit:${namespace}`);
      },
    };
  },
  removeStorage: () => replaceGlobal('indexedDB', { value: undefined }),
  async closeUnderneath() {
    closeOnNextTransaction();
  },
});

/** `OptionalEncryptionAdapter` over memory: plain (no passphrase set), then protected. */
for (const protectedNow of [false, true]) {
  runConformanceSuite({
    name: 'memory',
    durable: false,
    corruptValues: protectedNow
      ? ['garbage', { ...envelope, rev: '1-a', data: { text: 'plain where ciphertext belongs' } }]
      : ['garbage', null],
    createDatabase() {
      const database = new MemoryDatabase();
      const namespace = uniqueNamespace(`optional-${protectedNow}`);
      const seeded = protectedNow
        ? sharedKeys().then(({ keys }) =>
            new MemoryAdapter({ database }).importAll([keys], { mode: 'merge' }),
          )
        : Promise.resolve();
      const adapters: OptionalEncryptionAdapter[] = [];
      return {
        connect() {
          const inner = new MemoryAdapter({ database });
          const adapter = new OptionalEncryptionAdapter(new EncryptedAdapter(inner, { namespace }));
          adapters.push(adapter);
          return protectedNow ? unlockedOnUse(adapter, seeded) : adapter;
        },
        ...memoryUnderneath(database, adapters),
      };
    },
    closeUnderneath: (adapter) => adapter.close(),
  });
}
