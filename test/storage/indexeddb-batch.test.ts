import { expect } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import type { StorageChange } from '../../src/storage/storage-adapter.js';
import { draft, rejectionOf } from '../../src/testing/conformance-harness.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';

describe('IndexedDbAdapter getMany and writeMany (the synced store batches with them)', () => {
  const namespace = uniqueNamespace('idb-batch');
  let adapter: IndexedDbAdapter;
  beforeEach(() => (adapter = new IndexedDbAdapter({ namespace })));
  afterEach(async () => {
    await adapter.close();
    await deleteDatabase(`recovery-kit:${namespace}`);
  });

  it('getMany reads records in the order asked, tombstones included, undefined where there is none', async () => {
    const a = await adapter.put(draft('a'), null);
    const b = await adapter.put(draft('b'), null);
    const gone = await adapter.remove('note', 'b', b.rev);
    const found = await adapter.getMany([
      { kind: 'note', id: 'b' },
      { kind: 'note', id: 'missing' },
      { kind: 'note', id: 'a' },
    ]);
    expect(found).to.deep.equal([gone, undefined, a]);
    expect(await adapter.getMany([])).to.deep.equal([]);
  });

  it('writeMany puts and removes with compare-and-set, in order, and tells subscribers of each', async () => {
    const a = await adapter.put(draft('a'), null);
    const heard: StorageChange[] = [];
    const stop = adapter.subscribe((change) => heard.push(change));
    const [created, removed, changed] = await adapter.writeMany([
      { type: 'put', record: draft('b'), expectedRev: null },
      { type: 'remove', kind: 'note', id: 'a', expectedRev: a.rev },
      { type: 'put', record: draft('c', 2, 'chosen'), expectedRev: null, options: { rev: '1-x' } },
    ]);
    stop();
    expect(await adapter.get('note', 'b')).to.deep.equal(created);
    expect(removed).to.include({ id: 'a', deleted: true });
    expect(await adapter.get('note', 'a')).to.deep.equal(removed);
    expect(changed!.rev).to.equal('1-x');
    expect(heard.map(({ type, id, rev }) => ({ type, id, rev }))).to.deep.equal([
      { type: 'put', id: 'b', rev: created!.rev },
      { type: 'remove', id: 'a', rev: removed!.rev },
      { type: 'put', id: 'c', rev: '1-x' },
    ]);
  });

  it('writeMany keeps none of its writes when one is refused, and rejects as put does', async () => {
    const a = await adapter.put(draft('a'), null);
    const error = await rejectionOf(
      adapter.writeMany([
        { type: 'put', record: draft('new'), expectedRev: null },
        { type: 'put', record: { ...a, data: { text: 'stale' } }, expectedRev: '1-stale' },
      ]),
    );
    expect(error.code).to.equal('conflict');
    expect(error.details.current).to.deep.equal(a);
    expect(await adapter.get('note', 'new'), 'the first write was not kept').to.equal(undefined);
    expect(await adapter.get('note', 'a')).to.deep.equal(a);
  });

  it('writeMany checks a record written twice against its first write', async () => {
    const a = await adapter.put(draft('a'), null);
    const [first, second] = await adapter.writeMany([
      {
        type: 'put',
        record: { ...a, data: { text: 'one' } },
        expectedRev: a.rev,
        options: { rev: '2-chosen' },
      },
      { type: 'remove', kind: 'note', id: 'a', expectedRev: '2-chosen' },
    ]);
    expect(first!.rev).to.equal('2-chosen');
    expect(second).to.include({ deleted: true });
    const stale = await rejectionOf(
      adapter.writeMany([
        { type: 'put', record: { ...a, data: { text: 'two' } }, expectedRev: second!.rev },
        { type: 'remove', kind: 'note', id: 'a', expectedRev: second!.rev },
      ]),
    );
    expect(stale.code).to.equal('conflict');
    expect(await adapter.get('note', 'a')).to.deep.equal(second);
  });
});
