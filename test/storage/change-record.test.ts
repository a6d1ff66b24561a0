/**
 * A `put` change carries the record as written, so a listener in another tab can apply it
 * without reading it again; removals and encrypted stores carry none.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { MemoryAdapter } from '../../src/storage/memory-adapter.js';
import { RecordStore } from '../../src/storage/record-store.js';
import type { StorageChange } from '../../src/storage/storage-adapter.js';
import {
  cleanupStores,
  createTestStore,
  deleteDatabase,
  openSecondTab,
  uniqueNamespace,
} from '../helpers/stores.js';
import { PASSPHRASE } from './encrypted-harness.js';
import { note, noteModel } from './note-model.js';

afterEach(cleanupStores);

/** Every change `store` hears from now on. */
function heard(store: RecordStore): StorageChange[] {
  const changes: StorageChange[] = [];
  store.subscribe((change) => changes.push(change));
  return changes;
}

/** Counts the adapter's reads by id. */
function countGets(store: RecordStore): { gets: number } {
  const counter = { gets: 0 };
  const get = store.adapter.get.bind(store.adapter);
  store.adapter.get = (kind, id) => {
    counter.gets += 1;
    return get(kind, id);
  };
  return counter;
}

describe('a change carries the record it wrote', () => {
  it('reaches another tab with the record of a put, and none for a removal', async () => {
    const store = await createTestStore('change-record');
    const other = await openSecondTab(store);
    const changes = heard(store);
    const notes = other.collection(noteModel);
    const written = await notes.create(note(1, 'Walk by the river'));
    await waitUntil(() => changes.length === 1, 'the put reaches the first tab');
    expect(changes[0]).to.deep.include({ type: 'put', origin: 'other-tab', rev: written.rev });
    expect(changes[0].record).to.deep.equal(written);
    await notes.remove(written.id, written.rev);
    await waitUntil(() => changes.length === 2, 'the removal reaches the first tab');
    expect(changes[1]).to.include({ type: 'remove', id: written.id });
    expect(changes[1].record).to.equal(undefined);
  });

  it('lets a collection apply a change with no read, and read when the change carries nothing', async () => {
    const store = await createTestStore('change-record');
    const other = await openSecondTab(store);
    const changes = heard(store);
    const counter = countGets(store);
    const notes = store.collection(noteModel);
    const written = await other.collection(noteModel).create(note(1, 'Coffee'));
    await waitUntil(() => changes.length === 1, 'the put reaches the first tab');
    const item = await notes.changed(changes[0]);
    expect(item?.status).to.equal('ok');
    expect(item?.record).to.deep.equal(written);
    expect(counter.gets).to.equal(0);
    const { record: _record, ...bare } = changes[0];
    expect((await notes.changed(bare))?.record).to.deep.equal(written);
    expect(counter.gets).to.equal(1);
    expect(await notes.changed({ ...bare, type: 'remove' })).to.equal(undefined);
    expect(counter.gets).to.equal(1);
  });

  it('reads an item of another kind or id by id rather than trust the record', async () => {
    const store = new RecordStore(new MemoryAdapter(), { requestPersistence: false });
    const notes = store.collection(noteModel);
    const kept = await notes.create(note(1, 'Kept'));
    const counter = countGets(store);
    const stray = { ...kept, id: 'someone-else' };
    const item = await notes.changed({
      type: 'put',
      kind: kept.kind,
      id: kept.id,
      rev: kept.rev,
      record: stray,
      origin: 'other-tab',
    });
    expect(item?.record).to.deep.equal(kept);
    expect(counter.gets).to.equal(1);
  });

  it('gives no ciphertext to the listeners of an encrypted store', async () => {
    const namespace = uniqueNamespace('change-record-encrypted');
    const adapter = new EncryptedAdapter(new IndexedDbAdapter({ namespace }), { namespace });
    try {
      await adapter.create(PASSPHRASE);
      await adapter.whenUnlocked();
      const changes: StorageChange[] = [];
      adapter.subscribe((change) => changes.push(change));
      const store = new RecordStore(adapter, { requestPersistence: false });
      await store.collection(noteModel).create(note(1, 'Sealed'));
      await waitUntil(() => changes.some((change) => change.type === 'put'), 'the put is heard');
      expect(changes.filter((change) => 'record' in change)).to.deep.equal([]);
    } finally {
      await adapter.close();
      await deleteDatabase(`recovery-kit:${namespace}`);
    }
  });
});
