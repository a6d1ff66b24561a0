/// <reference types="mocha" />
/**
 * The storage conformance suite (RELIABILITY.md items 1-12 as they apply to a local
 * store), for a mocha-style runner (`describe`, `it`, hooks as globals) with chai.
 * {@link runAdapterConformance} is the entry point; {@link runConformanceSuite} takes a
 * whole {@link ConformanceHarness}. Two adapter instances on one database stand in for
 * two tabs.
 */
import { expect } from 'chai';
import type { StorageAdapter, StorageChange, StoredRecord } from '../storage/storage-adapter.js';
import { isCorrupt } from '../storage/storage-adapter.js';
import { isStorageError } from '../storage/storage-error.js';
import {
  byKey,
  draft,
  nextChange,
  rejectionOf,
  type ConformanceHarness,
  type TestDatabase,
} from './conformance-harness.js';
import { runStoreConformance } from './store-conformance.js';

/** Runs the whole suite (adapter, then `RecordStore` over it) against the adapter `harness` makes. */
export function runConformanceSuite(harness: ConformanceHarness): void {
  describe(`${harness.name} adapter conformance`, () => {
    let database: TestDatabase;
    let adapter: StorageAdapter;

    beforeEach(async () => {
      database = harness.createDatabase();
      adapter = database.connect();
      await adapter.open();
    });
    afterEach(() => database.destroy());

    describe('reading and writing', () => {
      it('reports its name and durability from open()', async () => {
        const report = await adapter.open();
        expect(report.adapter).to.equal(harness.name);
        expect(report.durability).to.be.oneOf(
          harness.durable ? ['best-effort', 'persistent'] : ['memory'],
        );
        expect(report.partitioned).to.equal(false);
      });

      it('stores a new record with a revision and returns it from get()', async () => {
        const stored = await adapter.put(draft('a'), null);
        expect(stored).to.deep.equal({ ...draft('a'), rev: stored.rev });
        expect(stored.rev).to.be.a('string').and.not.equal('');
        expect(await adapter.get('note', 'a')).to.deep.equal(stored);
        expect(await adapter.get('note', 'missing')).to.equal(undefined);
        expect(await adapter.get('other', 'a')).to.equal(undefined);
      });

      it('changes the revision on every write', async () => {
        const first = await adapter.put(draft('a'), null);
        const second = await adapter.put(draft('a', 1, 'again'), first.rev);
        const third = await adapter.put(draft('a', 1, 'and again'), second.rev);
        expect(new Set([first.rev, second.rev, third.rev]).size).to.equal(3);
      });

      it('stores the revision the caller chose when it says so (storesChosenRevision), still compare-and-set', async function () {
        if (!adapter.storesChosenRevision) this.skip();
        const first = await adapter.put(draft('a'), null, { rev: '1-chosen' });
        expect(first).to.deep.equal({ ...draft('a'), rev: '1-chosen' });
        const stale = await rejectionOf(adapter.put(draft('a', 1, 'x'), null, { rev: '2-x' }));
        expect(stale.code).to.equal('conflict');
        const second = await adapter.put(draft('a', 1, 'again'), '1-chosen', { rev: '2-chosen' });
        expect(second.rev).to.equal('2-chosen');
        expect(await adapter.get('note', 'a')).to.deep.equal(second);
      });

      it('remove() leaves a tombstone that get() returns and list() hides', async () => {
        const stored = await adapter.put(draft('a'), null);
        const tombstone = await adapter.remove('note', 'a', stored.rev);
        expect(tombstone).to.deep.include({
          id: 'a',
          kind: 'note',
          deleted: true,
          data: null,
          createdAt: stored.createdAt,
        });
        expect(tombstone.rev).to.not.equal(stored.rev);
        expect(await adapter.get('note', 'a')).to.deep.equal(tombstone);
        expect((await adapter.list('note')).records).to.deep.equal([]);
        expect((await adapter.list('note', { includeDeleted: true })).records).to.deep.equal([
          tombstone,
        ]);
        if (adapter.count) expect(await adapter.count('note')).to.equal(0);
      });

      it('lists one kind by sort key (or creation time) then id, a page at a time, both ways', async () => {
        for (const [id, day] of [
          ['c', 3],
          ['a', 1],
          ['e', 5],
          ['b2', 2],
          ['b1', 2],
          ['d', 4],
        ] as const) {
          await adapter.put(
            { ...draft(id, day), sortKey: id === 'd' ? '2026-01-01T00:00:00.000Z' : undefined },
            null,
          );
        }
        await adapter.put({ ...draft('x', 1), kind: 'other' }, null);
        const ids = (records: StoredRecord[]) => records.map((record) => record.id);
        expect(ids((await adapter.list('note')).records)).to.deep.equal([
          'd',
          'a',
          'b1',
          'b2',
          'c',
          'e',
        ]);
        expect(ids((await adapter.list('note', { direction: 'desc' })).records)).to.deep.equal([
          'e',
          'c',
          'b2',
          'b1',
          'a',
          'd',
        ]);
        const pages: string[][] = [];
        let cursor: string | undefined;
        do {
          const page = await adapter.list('note', { limit: 4, cursor, direction: 'desc' });
          pages.push(ids(page.records));
          cursor = page.cursor;
        } while (cursor);
        expect(pages).to.deep.equal([
          ['e', 'c', 'b2', 'b1'],
          ['a', 'd'],
        ]);
        const first = await adapter.list('note', { limit: 3 });
        expect(ids(first.records)).to.deep.equal(['d', 'a', 'b1']);
        const rest = await adapter.list('note', { cursor: first.cursor });
        expect(ids(rest.records)).to.deep.equal(['b2', 'c', 'e']);
        expect(rest.cursor).to.equal(undefined);
        if (adapter.count) expect(await adapter.count('note')).to.equal(6);
      });
      it('gives back any string id exactly, in get(), list() a page at a time, and exportAll()', async () => {
        const ids = [
          '\ud800',
          'a\u0000b',
          '\u0000',
          'x\u0001',
          '',
          ':',
          '%41',
          'a/b?c=d#e',
          '😀 ünï',
          'z',
        ];
        for (const [index, id] of ids.entries()) {
          await adapter.put(
            { ...draft(id, (index % 3) + 1), sortKey: id === 'z' ? 'a' : undefined },
            null,
          );
        }
        for (const id of ids) expect((await adapter.get('note', id))?.id).to.equal(id);
        const listed = (await adapter.list('note')).records;
        expect(listed.filter(isCorrupt)).to.deep.equal([]);
        expect(listed.map((record) => record.id).sort()).to.deep.equal([...ids].sort());
        for (const direction of ['asc', 'desc'] as const) {
          const paged: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await adapter.list('note', { limit: 2, cursor, direction });
            expect(page.records.filter(isCorrupt)).to.deep.equal([]);
            paged.push(...page.records.map((record) => record.id));
            cursor = page.cursor;
          } while (cursor);
          const inOrder = listed.map((record) => record.id);
          expect(paged).to.deep.equal(direction === 'asc' ? inOrder : [...inOrder].reverse());
        }
        const exported = await adapter.exportAll();
        expect(exported.filter(isCorrupt)).to.deep.equal([]);
        expect(exported.map((record) => record.id).sort()).to.deep.equal([...ids].sort());
      });
    });

    describe('compare-and-set (RELIABILITY 1, 2)', () => {
      it('lets exactly one of two writes with the same expected revision win; the other gets the current record', async () => {
        const other = database.connect();
        const base = await adapter.put(draft('a'), null);
        const results = await Promise.allSettled([
          adapter.put(draft('a', 1, 'from tab one'), base.rev),
          other.put(draft('a', 1, 'from tab two'), base.rev),
        ]);
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.filter((result) => result.status === 'rejected');
        expect(won).to.have.length(1);
        expect(lost).to.have.length(1);
        const error = lost[0].reason;
        expect(isStorageError(error) && error.code).to.equal('conflict');
        expect(error.details.current).to.deep.equal(won[0].value);
        expect(await adapter.get('note', 'a')).to.deep.equal(won[0].value);
      });

      it('lets exactly one of two creates of the same id win', async () => {
        const other = database.connect();
        const results = await Promise.allSettled([
          adapter.put(draft('a', 1, 'one'), null),
          other.put(draft('a', 1, 'two'), null),
        ]);
        expect(results.map((result) => result.status).sort()).to.deep.equal([
          'fulfilled',
          'rejected',
        ]);
        const lost = results.find(
          (result) => result.status === 'rejected',
        ) as PromiseRejectedResult;
        expect(lost.reason.code).to.equal('conflict');
      });

      it('rejects a stale write or removal with a conflict and keeps the newer record', async () => {
        const first = await adapter.put(draft('a'), null);
        const second = await adapter.put(draft('a', 1, 'newer'), first.rev);
        const stale = await rejectionOf(adapter.put(draft('a', 1, 'stale'), first.rev));
        expect(stale.code).to.equal('conflict');
        expect(stale.details.current).to.deep.equal(second);
        expect((await rejectionOf(adapter.remove('note', 'a', first.rev))).code).to.equal(
          'conflict',
        );
        expect((await rejectionOf(adapter.put(draft('a', 1, 'create again'), null))).code).to.equal(
          'conflict',
        );
        expect((await rejectionOf(adapter.put(draft('b'), second.rev))).code).to.equal('conflict');
        expect(await adapter.get('note', 'a')).to.deep.equal(second);
      });

      it('keeps every record when two tabs create different records at the same moment', async () => {
        const other = database.connect();
        const creates = Array.from({ length: 20 }, (_, index) => [
          adapter.put(draft(`one-${index}`), null),
          other.put(draft(`two-${index}`), null),
        ]).flat();
        await Promise.all(creates);
        const fresh = database.connect();
        expect((await fresh.list('note')).records).to.have.length(40);
      });
    });

    describe('change feed (RELIABILITY 3)', () => {
      it('tells another instance about a write, and tells the writer too', async () => {
        const other = database.connect();
        const heardThere = nextChange(other, (change) => change.type === 'put');
        const heardHere: StorageChange[] = [];
        adapter.subscribe((change) => heardHere.push(change));
        const stored = await adapter.put(draft('a'), null);
        /** The change without its optional `record`, which must be the record as stored. */
        const checked = ({ record, ...change }: StorageChange) => {
          if (record !== undefined) expect(record).to.deep.equal(stored);
          return change;
        };
        expect(heardHere.map(checked)).to.deep.equal([
          { type: 'put', kind: 'note', id: 'a', rev: stored.rev, origin: 'local' },
        ]);
        expect(checked(await heardThere)).to.deep.equal({
          type: 'put',
          kind: 'note',
          id: 'a',
          rev: stored.rev,
          origin: 'other-tab',
        });
      });

      it('passes on removals, imports and erasures', async () => {
        const other = database.connect();
        const stored = await adapter.put(draft('a'), null);
        const removal = nextChange(other, (change) => change.type === 'remove');
        await adapter.remove('note', 'a', stored.rev);
        expect(await removal).to.deep.include({ kind: 'note', id: 'a', origin: 'other-tab' });
        const imported = nextChange(other, (change) => change.type === 'import');
        await adapter.importAll([{ ...draft('b'), rev: '1-x' }], { mode: 'merge' });
        expect((await imported).origin).to.equal('other-tab');
        const purged = nextChange(other, (change) => change.type === 'purge');
        await adapter.purgeAll();
        expect((await purged).origin).to.equal('other-tab');
      });

      it('stops telling a listener once it unsubscribes', async () => {
        const heard: StorageChange[] = [];
        const stop = adapter.subscribe((change) => heard.push(change));
        stop();
        await adapter.put(draft('a'), null);
        expect(heard).to.deep.equal([]);
      });
    });

    describe('unreadable data (RELIABILITY 4)', () => {
      harness.corruptValues.forEach((value, index) => {
        it(`reports corrupt value ${index + 1} and never writes over it`, async () => {
          await database.writeRaw('note', 'bad', value);
          const before = await database.readRaw('note', 'bad');
          const stored = await adapter.get('note', 'bad');
          expect(stored && isCorrupt(stored)).to.equal(true);
          expect(stored).to.deep.include({ kind: 'note', id: 'bad' });
          expect((stored as { reason: string }).reason)
            .to.be.a('string')
            .and.not.equal('');
          expect((await rejectionOf(adapter.put(draft('bad'), null))).code).to.equal('corrupt');
          expect((await rejectionOf(adapter.put(draft('bad'), 'any'))).code).to.equal('corrupt');
          expect((await rejectionOf(adapter.remove('note', 'bad', 'any'))).code).to.equal(
            'corrupt',
          );
          expect(await database.readRaw('note', 'bad')).to.deep.equal(before);
          const exported = (await adapter.exportAll()).find((record) => record.id === 'bad');
          expect(exported).to.deep.equal(stored);
          expect((exported as { raw: unknown }).raw).to.deep.equal(value);
        });

        it(`lists corrupt value ${index + 1} among the others, in every page shape, and counts it`, async () => {
          await adapter.put(draft('a', 1), null);
          await adapter.put(draft('b', 2), null);
          const removed = await adapter.put(draft('gone', 3), null);
          await adapter.remove('note', 'gone', removed.rev);
          await database.writeRaw('note', 'bad', value);
          const stored = await adapter.get('note', 'bad');
          const whole = (await adapter.list('note')).records;
          expect(whole.map((record) => record.id).sort()).to.deep.equal(['a', 'b', 'bad']);
          expect(whole.find((record) => record.id === 'bad')).to.deep.equal(stored);
          for (const direction of ['asc', 'desc'] as const) {
            for (const limit of [1, 2, 10]) {
              const paged: StoredRecord[] = [];
              let cursor: string | undefined;
              do {
                const page = await adapter.list('note', { limit, cursor, direction });
                paged.push(...page.records);
                cursor = page.cursor;
              } while (cursor);
              const inOrder = direction === 'asc' ? whole : [...whole].reverse();
              expect(paged, `${direction}, ${limit} a page`).to.deep.equal(inOrder);
            }
          }
          if (adapter.count) expect(await adapter.count('note')).to.equal(3);
        });
      });
    });

    describe('failures', () => {
      it('reports missing storage as unavailable and never fails silently (RELIABILITY 7)', async function () {
        if (!harness.removeStorage) this.skip();
        const restore = harness.removeStorage!();
        try {
          const blocked = harness.createDatabase().connect();
          expect((await rejectionOf(blocked.open())).code).to.equal('unavailable');
          expect((await rejectionOf(blocked.put(draft('a'), null))).code).to.equal('unavailable');
          expect((await rejectionOf(blocked.get('note', 'a'))).code).to.equal('unavailable');
        } finally {
          restore();
        }
      });

      it('opens again after its connection was closed underneath it (RELIABILITY 8)', async () => {
        const stored = await adapter.put(draft('a'), null);
        await harness.closeUnderneath(adapter);
        expect(await adapter.get('note', 'a')).to.deep.equal(stored);
        await harness.closeUnderneath(adapter);
        const updated = await adapter.put(draft('a', 1, 'after reopening'), stored.rev);
        expect(await adapter.get('note', 'a')).to.deep.equal(updated);
        await adapter.close();
        expect(await adapter.get('note', 'a')).to.deep.equal(updated);
      });

      it('has a record stored by the time put() resolves (RELIABILITY 10)', async () => {
        const stored = await adapter.put(draft('a'), null);
        const fresh = database.connect();
        expect(await fresh.get('note', 'a')).to.deep.equal(stored);
        const tombstone = await adapter.remove('note', 'a', stored.rev);
        expect(await database.connect().get('note', 'a')).to.deep.equal(tombstone);
      });
    });

    describe('export, import and erase (RELIABILITY 11, 12)', () => {
      it('exports every record of every kind, tombstones included', async () => {
        const a = await adapter.put(draft('a'), null);
        const b = await adapter.put({ ...draft('b'), kind: 'other' }, null);
        const tombstone = await adapter.remove('note', 'a', a.rev);
        expect((await adapter.exportAll()).sort(byKey)).to.deep.equal([tombstone, b].sort(byKey));
      });

      it('imports records exactly as given, merging or replacing', async () => {
        const kept = await adapter.put(draft('kept'), null);
        const incoming = [
          { ...draft('a'), rev: '7-abc' },
          { ...draft('b', 2), kind: 'other', rev: '2-def', deleted: true, data: null },
        ];
        await adapter.importAll(incoming, { mode: 'merge' });
        expect((await adapter.exportAll()).sort(byKey)).to.deep.equal(
          [kept, ...incoming].sort(byKey),
        );
        await adapter.importAll(incoming.slice(0, 1), { mode: 'replace' });
        expect(await adapter.exportAll()).to.deep.equal(incoming.slice(0, 1));
      });

      it('round-trips unreadable values through export and import', async () => {
        await database.writeRaw('note', 'bad', harness.corruptValues[0]);
        const exported = await adapter.exportAll();
        await adapter.purgeAll();
        await adapter.importAll(exported, { mode: 'replace' });
        expect(await adapter.exportAll()).to.deep.equal(exported);
      });

      it('erases every record and tombstone and tells the other instance (RELIABILITY 12)', async () => {
        const other = database.connect();
        const a = await adapter.put(draft('a'), null);
        await adapter.remove('note', 'a', a.rev);
        await adapter.put({ ...draft('b'), kind: 'other' }, null);
        await database.writeRaw('note', 'bad', harness.corruptValues[0]);
        const told = nextChange(other, (change) => change.type === 'purge');
        await adapter.purgeAll();
        expect(await told).to.deep.equal({ type: 'purge', origin: 'other-tab' });
        expect(await adapter.exportAll()).to.deep.equal([]);
        expect(await other.exportAll()).to.deep.equal([]);
        expect(await database.readRaw('note', 'bad')).to.equal(undefined);
        expect(await adapter.get('note', 'a')).to.equal(undefined);
      });
    });
  });

  runStoreConformance(harness);
}
