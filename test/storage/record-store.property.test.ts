/**
 * RELIABILITY 22: random sequences of operations from two "tabs" (creates, edits with
 * fresh or stale revisions, removals, undo, reloads, export and import) end in the same
 * state as a plain in-memory model.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { RecordStore } from '../../src/storage/record-store.js';
import type { StorageAdapter } from '../../src/storage/storage-adapter.js';
import { isStorageError } from '../../src/storage/storage-error.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { noteModel, type Note } from './note-model.js';
import { exportBundle, importBundle } from '../../src/storage/backup.js';

type Operation =
  | { type: 'create'; tab: number; text: string }
  | { type: 'update'; tab: number; pick: number; text: string; stale: boolean }
  | { type: 'remove'; tab: number; pick: number }
  | { type: 'undo'; tab: number }
  | { type: 'reload'; tab: number }
  | { type: 'backup' };

const tab = fc.integer({ min: 0, max: 1 });
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((value) => value.trim() !== '');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ type: fc.constant('create' as const), tab, text }),
  fc.record({
    type: fc.constant('update' as const),
    tab,
    pick: fc.nat(),
    text,
    stale: fc.boolean(),
  }),
  fc.record({ type: fc.constant('remove' as const), tab, pick: fc.nat() }),
  fc.record({ type: fc.constant('undo' as const), tab }),
  fc.record({ type: fc.constant('reload' as const), tab }),
  fc.record({ type: fc.constant('backup' as const) }),
);

async function expectConflict(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(isStorageError(error) && error.code).to.equal('conflict');
    return;
  }
  throw new Error('a stale write succeeded');
}

async function runSequence(operations: Operation[], connect: () => StorageAdapter): Promise<void> {
  const stores = [0, 1].map(() => new RecordStore(connect(), { requestPersistence: false }));
  const model = new Map<string, { note: Note; rev: string }>();
  const removed: { tombstone: RecordEnvelope<null>; note: Note }[] = [];
  const day = '2026-01-01';
  const pick = (index: number) => [...model.keys()].sort()[index % model.size];
  try {
    for (const op of operations) {
      const notes = op.type === 'backup' ? undefined : stores[op.tab].collection(noteModel);
      if (op.type === 'create') {
        const created = await notes!.create({ text: op.text, day });
        model.set(created.id, { note: created.data, rev: created.rev });
      } else if (op.type === 'update' && model.size) {
        const id = pick(op.pick);
        const current = model.get(id)!;
        if (op.stale) {
          await expectConflict(notes!.update(id, { text: op.text, day }, `${current.rev}-stale`));
        } else {
          const updated = await notes!.update(id, { text: op.text, day }, current.rev);
          model.set(id, { note: updated.data, rev: updated.rev });
        }
      } else if (op.type === 'remove' && model.size) {
        const id = pick(op.pick);
        const tombstone = await notes!.remove(id, model.get(id)!.rev);
        removed.push({ tombstone, note: model.get(id)!.note });
        model.delete(id);
      } else if (op.type === 'undo' && removed.length) {
        const { tombstone, note } = removed.pop()!;
        const restored = await notes!.restore(tombstone, note);
        model.set(restored.id, { note: restored.data, rev: restored.rev });
      } else if (op.type === 'reload') {
        await stores[op.tab].close();
        stores[op.tab] = new RecordStore(connect(), { requestPersistence: false });
      } else if (op.type === 'backup') {
        const bundle = await exportBundle(stores[0]);
        await stores[1].purgeAll();
        await importBundle(stores[1], bundle, { mode: 'replace' });
      }
    }
    for (const store of stores) {
      const items = await store.collection(noteModel).all();
      const seen = Object.fromEntries(
        items.map((item) => [item.id, { note: item.record!.data, rev: item.record!.rev }]),
      );
      expect(seen).to.deep.equal(Object.fromEntries(model));
      expect(await store.collection(noteModel).count()).to.equal(model.size);
    }
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}

describe('RecordStore against a simple model (property-based)', () => {
  it('matches the model over memory adapters shared by two tabs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 40 }), async (operations) => {
        const database = new MemoryDatabase();
        await runSequence(operations, () => new MemoryAdapter({ database }));
      }),
      { numRuns: 100 },
    );
  });

  it('matches the model over IndexedDB shared by two tabs', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 25 }), async (operations) => {
        const namespace = uniqueNamespace('property');
        try {
          await runSequence(operations, () => new IndexedDbAdapter({ namespace }));
        } finally {
          await deleteDatabase(`recovery-kit:${namespace}`);
        }
      }),
      { numRuns: 20 },
    );
  });
});
