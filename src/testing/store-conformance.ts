/// <reference types="mocha" />
/** The record-store half of the conformance suite: what elements rely on, over each adapter. */
import { expect } from 'chai';
import { EXPORT_FORMAT_VERSION, createBundle, type ExportBundle } from '../core/export-format.js';
import { FaultInjectingAdapter } from '../storage/fault-injecting-adapter.js';
import { RecordStore } from '../storage/record-store.js';
import type { OpenReport, StoredRecord } from '../storage/storage-adapter.js';
import type { ImportReport } from '../storage/import-plan.js';
import {
  byKey,
  nextChange,
  rejectionOf,
  type ConformanceHarness,
  type TestDatabase,
} from './conformance-harness.js';
import { note, noteModel } from './note-model.js';
import { exportBundle, importBundle } from '../storage/backup.js';

/** An adapter whose open() waits until `release()` is called. */
class SlowOpenAdapter extends FaultInjectingAdapter {
  release: () => void = () => undefined;
  #gate = new Promise<void>((resolve) => (this.release = resolve));
  writes = 0;

  override async open(): Promise<OpenReport> {
    await this.#gate;
    return super.open();
  }

  override put(...args: Parameters<FaultInjectingAdapter['put']>) {
    this.writes += 1;
    return super.put(...args);
  }
}

/** What elements rely on from a `RecordStore` over the harness's adapter. */
export function runStoreConformance(harness: ConformanceHarness): void {
  describe(`RecordStore over ${harness.name}`, () => {
    let database: TestDatabase;
    let store: RecordStore;

    beforeEach(async () => {
      database = harness.createDatabase();
      store = new RecordStore(database.connect(), { requestPersistence: false });
      await store.open();
    });
    afterEach(() => database.destroy());

    it('waits for a slow open and never writes over stored data meanwhile (RELIABILITY 5)', async () => {
      const existing = await store.collection(noteModel).create(note(1, 'written earlier'));
      const slow = new SlowOpenAdapter(database.connect());
      const notes = new RecordStore(slow, { requestPersistence: false }).collection(noteModel);
      const read = notes.get(existing.id);
      const listed = notes.list();
      const createOver = notes.create(note(1, 'a default'), { id: existing.id });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(slow.writes).to.equal(0);
      slow.release();
      expect((await read)?.record).to.deep.equal(existing);
      expect((await listed).items.map((item) => item.record)).to.deep.equal([existing]);
      expect((await rejectionOf(createOver)).code).to.equal('conflict');
      expect((await store.collection(noteModel).get(existing.id))?.record).to.deep.equal(existing);
    });

    it('rejects every write with quota-exceeded when storage is full, keeping what was stored (RELIABILITY 6)', async () => {
      const faults = new FaultInjectingAdapter(database.connect());
      const notes = new RecordStore(faults, { requestPersistence: false }).collection(noteModel);
      const existing = await notes.create(note(1));
      const bundle = await exportBundle(store);
      faults
        .fail('put', 'quota-exceeded')
        .fail('remove', 'quota-exceeded')
        .fail('importAll', 'quota-exceeded');
      const attempts = await Promise.allSettled([
        notes.create(note(2)),
        notes.update(existing.id, note(1, 'changed'), existing.rev),
        notes.remove(existing.id, existing.rev),
        importBundle(new RecordStore(faults), bundle, { mode: 'replace' }),
      ]);
      expect(
        attempts.map((attempt) => attempt.status === 'rejected' && attempt.reason.code),
      ).to.deep.equal(Array(4).fill('quota-exceeded'));
      expect(await notes.count()).to.equal(1);
      expect((await notes.get(existing.id))?.record).to.deep.equal(existing);
      faults.clear();
      expect(
        (await notes.update(existing.id, note(1, 'changed'), existing.rev)).data.text,
      ).to.equal('changed');
    });

    it('shows a newer schema read-only and never downgrades it (RELIABILITY 9)', async () => {
      const future = {
        id: 'f',
        kind: 'note',
        schemaVersion: 3,
        createdAt: 'c',
        updatedAt: 'u',
        rev: '5-z',
        data: { words: 'x' },
      };
      await store.adapter.importAll([future], { mode: 'merge' });
      const before = await database.readRaw('note', 'f');
      const notes = store.collection(noteModel);
      const item = await notes.get('f');
      expect(item).to.deep.include({ status: 'too-new', readonly: true });
      expect(item?.record).to.deep.equal(future);
      expect((await rejectionOf(notes.update('f', note(1), '5-z'))).code).to.equal(
        'version-too-new',
      );
      expect((await rejectionOf(notes.remove('f', '5-z'))).code).to.equal('version-too-new');
      expect(await database.readRaw('note', 'f')).to.deep.equal(before);
    });

    it('migrates an older record on every read until it is saved, so a reload mid-way loses nothing (RELIABILITY 9)', async () => {
      const old = {
        id: 'o',
        kind: 'note',
        schemaVersion: 1,
        createdAt: 'c',
        updatedAt: 'u',
        rev: '1-a',
        data: { body: 'kept', day: 'd' },
      };
      await store.adapter.importAll([old], { mode: 'merge' });
      const before = await database.readRaw('note', 'o');
      expect((await store.collection(noteModel).get('o'))?.record?.data).to.deep.equal({
        text: 'kept',
        day: 'd',
      });
      const reloaded = new RecordStore(database.connect(), {
        requestPersistence: false,
      }).collection(noteModel);
      const item = await reloaded.get('o');
      expect(item?.record).to.deep.include({
        schemaVersion: 2,
        rev: '1-a',
        data: { text: 'kept', day: 'd' },
      });
      expect(await database.readRaw('note', 'o')).to.deep.equal(before);
      const saved = await reloaded.update('o', item!.record!.data, '1-a');
      expect(await store.adapter.get('note', 'o')).to.deep.equal(saved);
      expect(saved.schemaVersion).to.equal(2);
    });

    it('shows unreadable data as corrupt and read-only (RELIABILITY 4)', async () => {
      await database.writeRaw('note', 'bad', harness.corruptValues[0]);
      const notes = store.collection(noteModel);
      expect(await notes.get('bad')).to.deep.include({
        id: 'bad',
        status: 'corrupt',
        readonly: true,
      });
      expect((await rejectionOf(notes.update('bad', note(1), 'x'))).code).to.equal('corrupt');
      expect(await database.readRaw('note', 'bad')).to.deep.equal(harness.corruptValues[0]);
    });

    describe('backups (RELIABILITY 11)', () => {
      async function fill(): Promise<StoredRecord[]> {
        const notes = store.collection(noteModel);
        const first = await notes.create(note(1));
        await notes.update(first.id, note(1, 'edited'), first.rev);
        const removed = await notes.create(note(2));
        await notes.remove(removed.id, removed.rev);
        await store.collection({ ...noteModel, kind: 'other' }).create(note(3));
        await database.writeRaw('note', 'bad', harness.corruptValues[0]);
        return (await store.adapter.exportAll()).sort(byKey);
      }

      it('gives back every record exactly after export, erase and import', async () => {
        const before = await fill();
        const bundle = await exportBundle(store);
        expect(bundle).to.deep.include({
          format: 'recovery-kit',
          formatVersion: EXPORT_FORMAT_VERSION,
        });
        expect(bundle.checksum).to.match(/^sha256:[0-9a-f]{64}$/);
        await store.purgeAll();
        expect(await store.adapter.exportAll()).to.deep.equal([]);
        const fromFile = JSON.parse(JSON.stringify(bundle)) as ExportBundle;
        const dryRun = await importBundle(store, fromFile, { mode: 'replace', dryRun: true });
        expect(dryRun).to.deep.include({
          ok: true,
          dryRun: true,
          added: 4,
          replaced: 0,
          kept: 0,
          removed: 0,
        });
        expect(await store.adapter.exportAll()).to.deep.equal([]);
        await importBundle(store, JSON.stringify(fromFile), { mode: 'replace' });
        expect((await store.adapter.exportAll()).sort(byKey)).to.deep.equal(before);
      });

      it('merges by keeping the newer copy of each record and never writing over unreadable data', async () => {
        const notes = store.collection(noteModel);
        const a = await notes.create(note(1, 'a'));
        const b = await notes.create(note(2, 'b'));
        await database.writeRaw('note', 'bad', harness.corruptValues[0]);
        const earlier = await exportBundle(store);
        const newerB = await notes.update(b.id, note(2, 'b newer'), b.rev);
        await notes.remove(a.id, a.rev);
        const c = await notes.create(note(3, 'c'));
        const later = await exportBundle(store);

        const nothingNewer = await importBundle(store, earlier, { mode: 'merge', dryRun: true });
        expect(nothingNewer).to.deep.include({
          ok: true,
          added: 0,
          replaced: 0,
          kept: 3,
          removed: 0,
        });

        await importBundle(store, earlier, { mode: 'replace' });
        expect((await notes.get(b.id))?.record).to.deep.equal(b);
        const report = await importBundle(store, later, { mode: 'merge', dryRun: true });
        expect(report).to.deep.include({ ok: true, added: 1, replaced: 2, kept: 1, removed: 0 });
        expect((await notes.get(b.id))?.record).to.deep.equal(b);
        await importBundle(store, later, { mode: 'merge' });
        expect((await notes.get(b.id))?.record).to.deep.equal(newerB);
        expect((await notes.get(c.id))?.record).to.deep.equal(c);
        expect(await notes.get(a.id)).to.equal(undefined);
        expect(await database.readRaw('note', 'bad')).to.deep.equal(harness.corruptValues[0]);
      });

      it('never downgrades a record of a newer schema in a merge, even from a later edit (RELIABILITY 9)', async () => {
        const newer = {
          id: 'n',
          kind: 'note',
          schemaVersion: 9,
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-02T10:00:00.000Z',
          rev: '4-new',
          data: { text: 'newer fields', mood: 'kept' },
        };
        await store.adapter.importAll([newer], { mode: 'merge' });
        const before = await database.readRaw('note', 'n');
        const backup = await createBundle([
          { ...newer, schemaVersion: 1, updatedAt: '2026-03-01T10:00:00.000Z', rev: '9-old' },
        ]);
        const dryRun = await importBundle(store, backup, { mode: 'merge', dryRun: true });
        expect(dryRun).to.deep.include({ ok: true, added: 0, replaced: 0, kept: 1 });
        expect(await importBundle(store, backup, { mode: 'merge' })).to.deep.include({
          kept: 1,
          replaced: 0,
        });
        expect(await store.adapter.get('note', 'n')).to.deep.equal(newer);
        expect(await database.readRaw('note', 'n')).to.deep.equal(before);
      });

      for (const [label, spoil, code] of [
        [
          'a damaged file',
          (b: ExportBundle) => ({ ...b, records: b.records.slice(1) }),
          'checksum-mismatch',
        ],
        [
          'a newer format',
          (b: ExportBundle) => ({ ...b, formatVersion: EXPORT_FORMAT_VERSION + 1 }),
          'future-version',
        ],
        ['something that is not a backup', () => ({ hello: 'world' }), 'not-a-backup'],
        ['text that is not JSON', () => '{"format": "recovery-kit",', 'malformed'],
        [
          'a record without an id',
          (b: ExportBundle) => ({ ...b, records: [{ kind: 'note' }] }),
          'bad-record',
        ],
      ] as const) {
        it(`refuses ${label} whole, with a dry-run report first`, async () => {
          const before = await fill();
          const spoilt = spoil(await exportBundle(store));
          const report = await importBundle(store, spoilt, { mode: 'replace', dryRun: true });
          expect(report).to.deep.include({ ok: false, dryRun: true, added: 0 });
          expect(report.problems.map((problem) => problem.code)).to.include(code);
          const error = await rejectionOf(importBundle(store, spoilt, { mode: 'replace' }));
          expect(error.code).to.equal('invalid-import');
          expect((error.details.cause as ImportReport).problems).to.deep.equal(report.problems);
          expect((await store.adapter.exportAll()).sort(byKey)).to.deep.equal(before);
        });
      }
    });

    it('erases everything and tells the other tab so it can drop what it holds (RELIABILITY 12)', async () => {
      const other = new RecordStore(database.connect(), { requestPersistence: false });
      const otherNotes = other.collection(noteModel);
      const created = await store.collection(noteModel).create(note(1));
      expect((await otherNotes.get(created.id))?.record).to.deep.equal(created);
      const told = nextChange(other.adapter, (change) => change.type === 'purge');
      await store.purgeAll();
      expect((await told).origin).to.equal('other-tab');
      expect(await otherNotes.get(created.id)).to.equal(undefined);
      expect(await otherNotes.count()).to.equal(0);
      expect(await other.adapter.exportAll()).to.deep.equal([]);
    });
  });
}
