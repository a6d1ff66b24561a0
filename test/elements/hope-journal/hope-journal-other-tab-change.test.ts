/**
 * A change made in another tab is applied from what the change carries: the journal
 * reads nothing again, unless the change is older than the entry it holds.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { entryModel } from '../../../src/core/entry.js';
import type { StorageChange } from '../../../src/storage/storage-adapter.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import { journal, listedBodies, sampleEntry, showList } from './journal-fixtures.js';

afterEach(cleanupStores);

/** A journal whose reads by id and change listeners are watched, and a second tab. */
async function watchedJournal(bodies: string[]) {
  const store = await createTestStore('journal-change');
  for (const body of bodies) await store.collection(entryModel).create(sampleEntry({ body }));
  const listeners: ((change: StorageChange) => void)[] = [];
  const subscribe = store.adapter.subscribe.bind(store.adapter);
  store.adapter.subscribe = (listener) => {
    listeners.push(listener);
    return subscribe(listener);
  };
  const reads = { gets: 0 };
  const get = store.adapter.get.bind(store.adapter);
  store.adapter.get = (kind, id) => {
    reads.gets += 1;
    return get(kind, id);
  };
  const el = await journal(store);
  await showList(el, bodies.length);
  reads.gets = 0;
  const other = (await openSecondTab(store)).collection(entryModel);
  return {
    store,
    el,
    other,
    reads,
    tell: (change: StorageChange) => listeners.forEach((l) => l(change)),
  };
}

describe('rk-hope-journal: a change from another tab', () => {
  it('is shown with no read of the store, for a change and for a removal', async () => {
    const { el, other, reads } = await watchedJournal(['Tea in the garden', 'Rain on the roof']);
    const [first] = (await other.all()).map((item) => item.record!);
    const changed = await other.update(
      first.id,
      { ...first.data, body: 'Tea with Mum' },
      first.rev,
    );
    await waitUntil(() => listedBodies(el).includes('Tea with Mum'), 'the change never showed');
    expect(el.entries.index.get(first.id)?.record.rev).to.equal(changed.rev);
    await other.remove(changed.id, changed.rev);
    await waitUntil(() => listedBodies(el).length === 1, 'the removal never showed');
    expect(reads.gets).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('older than the entry held (two tabs crossing) is checked against the store', async () => {
    const { el, other, reads, tell } = await watchedJournal(['Bread rising']);
    const [base] = (await other.all()).map((item) => item.record!);
    const older = await other.update(base.id, { ...base.data, body: 'Bread baked' }, base.rev);
    const newer = await other.update(base.id, { ...older.data, body: 'Bread eaten' }, older.rev);
    await waitUntil(() => listedBodies(el)[0] === 'Bread eaten', 'the newer change never showed');
    tell({
      type: 'put',
      kind: older.kind,
      id: older.id,
      rev: older.rev,
      record: older,
      origin: 'other-tab',
    });
    await waitUntil(() => reads.gets === 1, 'the older change was not checked');
    await el.updateComplete;
    expect(listedBodies(el)).to.deep.equal(['Bread eaten']);
    expect(el.entries.index.get(base.id)?.record.rev).to.equal(newer.rev);
  });
});
