import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/core/model.js';
import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import { RecordStore } from '../../src/storage/record-store.js';
import { isStorageError, type StorageError } from '../../src/storage/storage-error.js';
import { note, noteModel } from './note-model.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

function storeWith(database = new MemoryDatabase()) {
  return new RecordStore(new MemoryAdapter({ database }), { requestPersistence: false });
}

describe('RecordStore', () => {
  it('creates, reads, updates, removes and restores a record', async () => {
    const notes = storeWith().collection(noteModel);
    const created = await notes.create(note(1));
    expect(created.kind).to.equal('note');
    expect(created.schemaVersion).to.equal(2);
    expect(created.sortKey).to.equal('2026-01-01');
    const read = await notes.get(created.id);
    expect(read).to.deep.equal({
      id: created.id,
      status: 'ok',
      record: created,
      problems: [],
      readonly: false,
    });

    const updated = await notes.update(created.id, note(1, 'changed'), created.rev);
    expect(updated.rev).to.not.equal(created.rev);
    expect(updated.createdAt).to.equal(created.createdAt);
    expect((await notes.get(created.id))?.record?.data.text).to.equal('changed');

    const tombstone = await notes.remove(created.id, updated.rev);
    expect(tombstone.deleted).to.equal(true);
    expect(tombstone.data).to.equal(null);
    expect(await notes.get(created.id)).to.equal(undefined);
    expect(await notes.count()).to.equal(0);

    const restored = await notes.restore(tombstone, note(1, 'back'));
    expect(restored.id).to.equal(created.id);
    expect(restored.createdAt).to.equal(created.createdAt);
    expect((await notes.get(created.id))?.record?.data.text).to.equal('back');
    expect(await notes.count()).to.equal(1);
  });

  it('rejects invalid data with every problem and writes nothing', async () => {
    const notes = storeWith().collection(noteModel);
    const error = await rejection(notes.create({ text: ' ', day: 3 } as never));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).to.deep.equal(['text', 'day']);
    expect(await notes.count()).to.equal(0);
  });

  it('rejects a stale update with a conflict that carries the current record', async () => {
    const notes = storeWith().collection(noteModel);
    const created = await notes.create(note(1));
    const first = await notes.update(created.id, note(1, 'first'), created.rev);
    const error = (await rejection(
      notes.update(created.id, note(1, 'second'), created.rev),
    )) as StorageError;
    expect(isStorageError(error)).to.equal(true);
    expect(error.code).to.equal('conflict');
    expect(error.details.current).to.deep.equal(first);
    expect((await notes.get(created.id))?.record?.data.text).to.equal('first');
  });

  it('migrates older records on read without writing them back', async () => {
    const database = new MemoryDatabase();
    const notes = storeWith(database).collection(noteModel);
    const old = {
      id: 'n1',
      kind: 'note',
      schemaVersion: 1,
      createdAt: 'c',
      updatedAt: 'u',
      rev: '1-a',
      data: { body: 'hi', day: '2026-01-01' },
    };
    database.kind('note').set('n1', structuredClone(old));
    const item = await notes.get('n1');
    expect(item?.status).to.equal('ok');
    expect(item?.record?.schemaVersion).to.equal(2);
    expect(item?.record?.data).to.deep.equal({ text: 'hi', day: '2026-01-01' });
    expect(database.kind('note').get('n1')).to.deep.equal(old);
    const saved = await notes.update(
      'n1',
      { text: 'hi again', day: '2026-01-01' },
      item!.record!.rev,
    );
    expect(saved.schemaVersion).to.equal(2);
  });

  it('shows a newer schema read-only and never writes over it', async () => {
    const database = new MemoryDatabase();
    const notes = storeWith(database).collection(noteModel);
    const future = {
      id: 'n1',
      kind: 'note',
      schemaVersion: 9,
      createdAt: 'c',
      updatedAt: 'u',
      rev: '4-a',
      data: { words: 'x' },
    };
    database.kind('note').set('n1', structuredClone(future));
    const item = await notes.get('n1');
    expect(item).to.deep.include({ status: 'too-new', readonly: true });
    expect(item?.record).to.deep.equal(future);
    const updateError = (await rejection(notes.update('n1', note(1), '4-a'))) as StorageError;
    expect(updateError.code).to.equal('version-too-new');
    expect(((await rejection(notes.remove('n1', '4-a'))) as StorageError).code).to.equal(
      'version-too-new',
    );
    expect(database.kind('note').get('n1')).to.deep.equal(future);
  });

  it('shows a record that fails its checks read-only with the problems, and refuses to write over it', async () => {
    const database = new MemoryDatabase();
    const notes = storeWith(database).collection(noteModel);
    const bad = {
      id: 'n1',
      kind: 'note',
      schemaVersion: 2,
      createdAt: 'c',
      updatedAt: 'u',
      rev: '1-a',
      data: { text: '', day: '2026-01-01' },
    };
    database.kind('note').set('n1', structuredClone(bad));
    const item = await notes.get('n1');
    expect(item).to.deep.include({ status: 'invalid', readonly: true });
    expect(item?.problems).to.deep.equal([{ path: 'text', code: 'required' }]);
    expect(((await rejection(notes.update('n1', note(1), '1-a'))) as StorageError).code).to.equal(
      'corrupt',
    );
    expect(database.kind('note').get('n1')).to.deep.equal(bad);
  });

  it('reports an unreadable record as corrupt and leaves it exactly as it is', async () => {
    const database = new MemoryDatabase();
    const notes = storeWith(database).collection(noteModel);
    database.kind('note').set('n1', 'garbage');
    const item = await notes.get('n1');
    expect(item).to.deep.include({ id: 'n1', status: 'corrupt', readonly: true });
    expect(item?.record).to.equal(undefined);
    expect((await notes.list()).items.map((i) => i.status)).to.deep.equal(['corrupt']);
    expect(((await rejection(notes.update('n1', note(1), 'x'))) as StorageError).code).to.equal(
      'corrupt',
    );
    expect(((await rejection(notes.create(note(1), { id: 'n1' }))) as StorageError).code).to.equal(
      'corrupt',
    );
    expect(database.kind('note').get('n1')).to.equal('garbage');
  });

  it('lists in sort-key order, a page at a time, both ways', async () => {
    const notes = storeWith().collection(noteModel);
    for (const day of [3, 1, 5, 2, 4]) await notes.create(note(day));
    const days = (items: { record?: { data: { day: string } } }[]) =>
      items.map((i) => Number(i.record!.data.day.slice(-2)));
    const first = await notes.list({ limit: 2 });
    expect(days(first.items)).to.deep.equal([1, 2]);
    const second = await notes.list({ limit: 2, cursor: first.cursor });
    expect(days(second.items)).to.deep.equal([3, 4]);
    const last = await notes.list({ limit: 2, cursor: second.cursor });
    expect(days(last.items)).to.deep.equal([5]);
    expect(last.cursor).to.equal(undefined);
    expect(days((await notes.list({ direction: 'desc', limit: 3 })).items)).to.deep.equal([
      5, 4, 3,
    ]);
    expect(days(await notes.all())).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('tells a collection only about its own kind, and about imports and erasures', async () => {
    const store = storeWith();
    const seen: string[] = [];
    store
      .collection(noteModel)
      .subscribe((change) => seen.push(`${change.type}:${change.kind ?? '*'}`));
    await store.collection({ ...noteModel, kind: 'other' }).create(note(1));
    await store.collection(noteModel).create(note(1));
    await store.purgeAll();
    expect(seen).to.deep.equal(['put:note', 'purge:*']);
  });

  it('asks for persistent storage once, after the first save, when storage is best-effort', async () => {
    const adapter = new MemoryAdapter();
    adapter.open = async () => ({
      adapter: 'memory',
      durability: 'best-effort',
      partitioned: false,
    });
    const original = navigator.storage.persist;
    let asked = 0;
    navigator.storage.persist = async () => {
      asked += 1;
      return true;
    };
    try {
      const store = new RecordStore(adapter);
      const notes = store.collection(noteModel);
      await store.open();
      expect(asked).to.equal(0);
      await notes.create(note(1));
      await notes.create(note(2));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(asked).to.equal(1);
      expect((await store.open()).durability).to.equal('persistent');
    } finally {
      navigator.storage.persist = original;
    }
  });
});
