import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { draft } from '../../src/testing/conformance-harness.js';

/** Notes, for every readwrite transaction opened while `work` runs, whether it had committed when `work`'s promise settled. */
async function commitsSeen(work: () => Promise<unknown>): Promise<boolean[]> {
  const original = IDBDatabase.prototype.transaction;
  const transactions: { done: boolean }[] = [];
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const transaction = original.apply(this, args);
    if (args[1] === 'readwrite') {
      const seen = { done: false };
      transactions.push(seen);
      transaction.addEventListener('complete', () => (seen.done = true));
    }
    return transaction;
  };
  try {
    await work();
    return transactions.map((seen) => seen.done);
  } finally {
    IDBDatabase.prototype.transaction = original;
  }
}

describe('IndexedDbAdapter resolves writes only once they are committed', () => {
  const namespace = uniqueNamespace('idb-commit');
  const adapter = new IndexedDbAdapter({ namespace });
  after(async () => {
    await adapter.close();
    await deleteDatabase(adapter.databaseName);
  });

  it('put (create and update) and remove', async () => {
    await adapter.open();
    let rev = '';
    expect(
      await commitsSeen(async () => (rev = (await adapter.put(draft('a'), null)).rev)),
    ).to.deep.equal([true]);
    expect(
      await commitsSeen(async () => (rev = (await adapter.put(draft('a', 2), rev)).rev)),
    ).to.deep.equal([true]);
    expect(await commitsSeen(() => adapter.remove('note', 'a', rev))).to.deep.equal([true]);
  });
});
