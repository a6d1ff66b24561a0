import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { runAdapterConformance } from '../../src/testing/index.js';
import { draft, rejectionOf, replaceGlobal } from '../../src/testing/conformance-harness.js';
import { indexedDbConformance, rawRequest } from './indexeddb-raw.js';

/** The Storage Buckets API (Chromium), which TypeScript's DOM types do not have yet. */
interface StorageBucket {
  readonly name: string;
  readonly indexedDB: IDBFactory;
}
const storageBuckets = (
  navigator as unknown as {
    storageBuckets: {
      open(name: string, options: { quota: number }): Promise<StorageBucket>;
      delete(name: string): Promise<void>;
    };
  }
).storageBuckets;

runAdapterConformance(
  'indexeddb',
  (namespace) => new IndexedDbAdapter({ namespace }),
  indexedDbConformance,
);

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

  it('resolves put() only once the transaction commits: a real quota failure at commit rejects put, create and import, and keeps what was stored (RELIABILITY 6, 10)', async () => {
    // A storage bucket with a quota of its own: the browser refuses the commit, not the request.
    const bucket = await storageBuckets.open(`commit-${uniqueNamespace('q').slice(-6)}`, {
      // Room for a new database and a small record on a fresh profile (200 kB was not, at times).
      quota: 1024 * 1024,
    });
    const restore = replaceGlobal('indexedDB', { value: bucket.indexedDB });
    try {
      const adapter = new IndexedDbAdapter({ namespace });
      const stored = await adapter.put(draft('a'), null);
      // Random text, which the database cannot compress below the quota (about 2 MB).
      const big = () =>
        Array.from({ length: 1_000_000 }, () => Math.random().toString(36).slice(2, 4)).join('');
      const outcomes = await Promise.allSettled([
        adapter.put(draft('a', 1, big()), stored.rev),
        adapter.put(draft('b', 1, big()), null),
        adapter.importAll([{ ...draft('c', 1, big()), rev: '1-x' }], { mode: 'merge' }),
      ]);
      expect(
        outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'saved')),
      ).to.deep.equal(['quota-exceeded', 'quota-exceeded', 'quota-exceeded']);
      expect(await adapter.exportAll()).to.deep.equal([stored]);
      const fits = await adapter.put(draft('a', 1, 'fits'), stored.rev);
      const reloaded = new IndexedDbAdapter({ namespace });
      expect(await reloaded.get('note', 'a')).to.deep.equal(fits);
      await Promise.all([adapter.close(), reloaded.close()]);
    } finally {
      restore();
      await storageBuckets.delete(bucket.name);
    }
  });
});
