import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { draft, rejectionOf, replaceGlobal } from './conformance-harness.js';
import { runConformanceSuite } from './conformance.js';
import { closeOnNextTransaction, rawRequest } from './indexeddb-raw.js';

runConformanceSuite({
  name: 'indexeddb',
  durable: true,
  corruptValues: ['garbage', { r: { id: 'bad', kind: 'note', data: 'no revision' } }, { r: null }],
  createDatabase() {
    const namespace = uniqueNamespace('conformance-idb');
    const adapters: IndexedDbAdapter[] = [];
    return {
      connect() {
        const adapter = new IndexedDbAdapter({ namespace });
        adapters.push(adapter);
        return adapter;
      },
      async writeRaw(kind, id, value) {
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

describe('IndexedDbAdapter', () => {
  const namespace = uniqueNamespace('idb-specific');
  afterEach(() => deleteDatabase(`recovery-kit:${namespace}`));

  it('keeps its data in the database recovery-kit:<namespace>', async () => {
    const adapter = new IndexedDbAdapter({ namespace });
    const stored = await adapter.put(draft('a'), null);
    const raw = await rawRequest(`recovery-kit:${namespace}`, 'readonly', (store) =>
      store.get('note\u0000a'),
    );
    expect((raw as { r: unknown }).r).to.deep.equal(stored);
    await adapter.close();
  });

  it('opens a new connection when the browser closed the old one and said so', async () => {
    const adapter = new IndexedDbAdapter({ namespace });
    const stored = await adapter.put(draft('a'), null);
    const used: IDBDatabase[] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      used.push(this);
      return original.apply(this, args);
    } as IDBDatabase['transaction'];
    try {
      await adapter.get('note', 'a');
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    used[0].close();
    used[0].dispatchEvent(new Event('close'));
    expect(await adapter.get('note', 'a')).to.deep.equal(stored);
    await adapter.close();
  });

  it('rejects with unavailable when the database cannot be opened', async () => {
    const restore = replaceGlobal('indexedDB', {
      value: {
        open() {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    });
    try {
      const error = await rejectionOf(new IndexedDbAdapter({ namespace }).open());
      expect(error.code).to.equal('unavailable');
    } finally {
      restore();
    }
  });

  it('rejects a write the disk has no room for with quota-exceeded, keeping none of a batch', async () => {
    const adapter = new IndexedDbAdapter({ namespace });
    const kept = await adapter.put(draft('kept'), null);
    const original = { add: IDBObjectStore.prototype.add, put: IDBObjectStore.prototype.put };
    let calls = 0;
    const full = (method: 'add' | 'put') =>
      function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        calls += 1;
        if (calls >= 3) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return original[method].apply(this, args);
      };
    IDBObjectStore.prototype.add = full('add');
    IDBObjectStore.prototype.put = full('put');
    try {
      const records = ['a', 'b', 'c', 'd'].map((id) => ({ ...draft(id), rev: '1-x' }));
      expect((await rejectionOf(adapter.importAll(records, { mode: 'replace' }))).code).to.equal(
        'quota-exceeded',
      );
      expect((await rejectionOf(adapter.put(draft('e'), null))).code).to.equal('quota-exceeded');
    } finally {
      Object.assign(IDBObjectStore.prototype, original);
    }
    expect(await adapter.exportAll()).to.deep.equal([kept]);
    await adapter.close();
  });
});
