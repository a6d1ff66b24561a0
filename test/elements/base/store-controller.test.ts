import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sharedStore } from '../../../src/elements/controllers/default-store.js';
import { ValidationError } from '../../../src/core/model.js';
import { MemoryAdapter } from '../../../src/storage/memory-adapter.js';
import { DraftRecord } from '../../../src/storage/draft-record.js';
import { RecordStore } from '../../../src/storage/record-store.js';
import type { StorageError } from '../../../src/storage/storage-error.js';
import type { StorageErrorDetail } from '../../../src/events/storage-events.js';
import { FaultInjectingAdapter } from '../../../src/storage/fault-injecting-adapter.js';
import {
  cleanupStores,
  createFaultyStore,
  createTestStore,
  openSecondTab,
  uniqueNamespace,
} from '../../helpers/stores.js';
import { note, noteModel } from '../../storage/note-model.js';
import './store-probe.js';
import type { StoreProbe } from './store-probe.js';

afterEach(cleanupStores);

/** Waits for a condition (as long as `waitUntil` does on a busy machine). */
const until = (check: () => boolean): Promise<void> =>
  waitUntil(check, 'condition never became true');

describe('StoreController', () => {
  it('uses the element .store, opens it and reports ready', async () => {
    const store = await createTestStore('ctl');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    expect(await el.storage.whenReady()).to.equal(store);
    await el.updateComplete;
    expect(el.storage.state).to.equal('ready');
    expect(el.storage.report?.adapter).to.equal('indexeddb');
    expect(el.readyCount).to.equal(1);
  });

  it('without a store or provider uses the shared IndexedDB store of its namespace', async () => {
    const namespace = uniqueNamespace('ctl-default');
    const el = await fixture<StoreProbe>(
      html`<rk-store-probe namespace=${namespace}></rk-store-probe>`,
    );
    const store = await el.storage.whenReady();
    expect(store).to.equal(sharedStore(namespace));
    expect(el.storage.report?.adapter).to.equal('indexeddb');
    await store.purgeAll();
  });

  it('saves through save(): saving, then saved with a time, and the record is stored', async () => {
    const store = await createTestStore('ctl');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const pending = el.storage.save('create-note', (s) => s.collection(noteModel).create(note(1)));
    expect(el.storage.state).to.equal('saving');
    const record = await pending;
    expect(el.storage.state).to.equal('saved');
    expect(el.storage.lastSavedAt).to.be.instanceOf(Date);
    const stored = await store.collection(noteModel).get(record.id);
    expect(stored?.record?.data).to.deep.equal(note(1));
  });

  it('on a failed save fires rk-storage-error, keeps the error, rejects, and retry() saves', async () => {
    const { store, faults } = await createFaultyStore('ctl-fail');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    faults.fail('put', 'quota-exceeded');
    const errorEvent = oneEvent(el, 'rk-storage-error');
    let rejected: unknown;
    await el.storage
      .save('create-note', (s) => s.collection(noteModel).create(note(2)))
      .catch((e) => (rejected = e));
    const { detail } = await errorEvent;
    expect(detail.error.code).to.equal('quota-exceeded');
    expect(detail.operation).to.equal('create-note');
    expect(detail.retryable).to.equal(true);
    expect((rejected as StorageError).code).to.equal('quota-exceeded');
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('create-note');
    expect(await store.collection(noteModel).count()).to.equal(0);

    faults.clear();
    await el.storage.retry();
    expect(el.storage.state).to.equal('saved');
    expect(el.storage.error).to.equal(undefined);
    const all = await store.collection(noteModel).all();
    expect(all.map((item) => item.record?.data)).to.deep.equal([note(2)]);
  });

  it('retries from the save-status "Try again" button, by keyboard', async () => {
    const { store, faults } = await createFaultyStore('ctl-retry');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    faults.fail('put', 'unavailable');
    await el.storage
      .save('create-note', (s) => s.collection(noteModel).create(note(3)))
      .catch(() => undefined);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    await status.updateComplete;
    const retry = status.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    faults.clear();
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.storage.state === 'saved');
    expect(await store.collection(noteModel).count()).to.equal(1);
  });

  it('keeps a failed save retryable when a save running beside it succeeds, even with the same label', async () => {
    const { store, faults } = await createFaultyStore('ctl-both');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const details: StorageErrorDetail[] = [];
    el.addEventListener('rk-storage-error', (event) => details.push(event.detail));
    faults.fail('put', 'unavailable', { times: 1 });
    // Labels name a kind of change (every new goal is `add-goal`), so the second save,
    // though it has the same label, never stands in for the first.
    const first = el.storage.save('create-note', (s) => s.collection(noteModel).create(note(7)));
    const second = el.storage.save('create-note', (s) => s.collection(noteModel).create(note(8)));
    const [firstResult, secondResult] = await Promise.allSettled([first, second]);
    expect(firstResult.status).to.equal('rejected');
    expect(((firstResult as PromiseRejectedResult).reason as StorageError).code).to.equal(
      'unavailable',
    );
    expect(secondResult.status).to.equal('fulfilled');
    expect(details).to.have.length(1);
    expect(details[0].error.code).to.equal('unavailable');
    expect(details[0]).to.include({ operation: 'create-note', retryable: true });
    expect(el.storage.state).to.equal('error');
    expect(el.storage.error?.code).to.equal('unavailable');
    expect(el.storage.failedOperation).to.equal('create-note');
    const notesIn = async (s: RecordStore) =>
      (await s.collection(noteModel).all()).map((item) => item.record?.data.text).sort();
    expect(await notesIn(store)).to.deep.equal([note(8).text]);

    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    await status.updateComplete;
    const retry = status.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    expect(retry, 'Try again is still offered').to.not.equal(null);
    await expect(el).to.be.accessible();
    retry!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.storage.state === 'saved');
    expect(el.storage.error).to.equal(undefined);
    expect(details).to.have.length(1);
    expect(await notesIn(await openSecondTab(store))).to.deep.equal([note(7).text, note(8).text]);
  });

  it('retries every failed save in the order it was asked for, until each has succeeded', async () => {
    const { store, faults } = await createFaultyStore('ctl-order');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const stored: string[] = [];
    const create = (label: string, n: number) =>
      el.storage.save(label, async (s) => {
        const record = await s.collection(noteModel).create(note(n));
        stored.push(label);
        return record;
      });
    faults.fail('put', 'unavailable');
    await create('create-a', 1).catch(() => undefined);
    await create('create-b', 2).catch(() => undefined);
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('create-b');

    // The retry tries both, oldest first; the first fails again and stays, the second is stored.
    faults.fail('put', 'quota-exceeded', { times: 1 });
    const errorEvent = oneEvent(el, 'rk-storage-error');
    let rejected: unknown;
    await el.storage.retry().catch((error) => (rejected = error));
    expect((rejected as StorageError).code).to.equal('quota-exceeded');
    const { detail } = await errorEvent;
    expect(detail.error.code).to.equal('quota-exceeded');
    expect(detail.operation).to.equal('create-a');
    expect(stored).to.deep.equal(['create-b']);
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('create-a');
    expect(el.storage.error?.code).to.equal('quota-exceeded');

    await el.storage.retry();
    expect(stored).to.deep.equal(['create-b', 'create-a']);
    expect(el.storage.state).to.equal('saved');
    expect(await store.collection(noteModel).count()).to.equal(2);
  });

  it('runs failed saves again one after another, in the order they were asked for', async () => {
    const { store, faults } = await createFaultyStore('ctl-order-2');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const create = (label: string, n: number, wait?: Promise<void>) =>
      el.storage.save(label, async (s) => {
        log.push(`start ${label}`);
        await wait;
        const record = await s.collection(noteModel).create(note(n));
        log.push(`stored ${label}`);
        return record;
      });
    faults.fail('put', 'unavailable');
    // The first save asked for is the last to fail.
    const first = create('create-a', 1, gate);
    await Promise.allSettled([create('create-b', 2), create('create-c', 3)]);
    release();
    await first.catch(() => undefined);
    expect(el.storage.failedOperation).to.equal('create-a');
    faults.clear();
    log.length = 0;
    await el.storage.retry();
    expect(log).to.deep.equal([
      'start create-a',
      'stored create-a',
      'start create-b',
      'stored create-b',
      'start create-c',
      'stored create-c',
    ]);
    expect(el.storage.state).to.equal('saved');
    const all = await (await openSecondTab(store)).collection(noteModel).all();
    expect(all.map((item) => item.record?.data.text).sort()).to.deep.equal(
      [note(1), note(2), note(3)].map((n) => n.text).sort(),
    );
  });

  it('lets a save with the same label, asked for after a failure, stand in for it; never another label', async () => {
    const { store, faults } = await createFaultyStore('ctl-newer');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const drafts = new DraftRecord(store, noteModel, 'draft');
    const keepDraft = (text: string) =>
      el.storage.save('save-draft', () => drafts.write(note(1, text)));
    faults.fail('put', 'unavailable', { times: 1 });
    await keepDraft('I went').catch(() => undefined);
    expect(el.storage.state).to.equal('error');

    // Another kind of save succeeding leaves the failed draft waiting.
    await el.storage.save('create-note', (s) => s.collection(noteModel).create(note(2)));
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('save-draft');

    // The newer draft stands in for the older one, which is never written over it.
    await keepDraft('I went for a walk');
    expect(el.storage.state).to.equal('saved');
    expect(el.storage.error).to.equal(undefined);
    await el.storage.retry();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    await status.updateComplete;
    expect(status.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    const other = await openSecondTab(store);
    expect(await new DraftRecord(other, noteModel, 'draft').read()).to.deep.equal(
      note(1, 'I went for a walk'),
    );
  });

  it('never lets a save of another subject under the same label stand in for a failure', async () => {
    const { store, faults } = await createFaultyStore('ctl-subject');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const notes = store.collection(noteModel);
    const a = await notes.create(note(1, 'first'));
    const b = await notes.create(note(2, 'second'));
    const change = (id: string, rev: string, text: string, n: number) =>
      el.storage.save(
        'save-note',
        (s) => s.collection(noteModel).update(id, note(n, text), rev),
        id,
      );
    faults.fail('put', 'unavailable', { times: 1 });
    await change(a.id, a.rev, 'first, changed', 1).catch(() => undefined);
    await change(b.id, b.rev, 'second, changed', 2);
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('save-note');
    await el.storage.retry();
    expect(el.storage.state).to.equal('saved');
    const other = await openSecondTab(store);
    const texts = (await other.collection(noteModel).all()).map((item) => item.record!.data);
    expect(texts).to.deep.equal([note(1, 'first, changed'), note(2, 'second, changed')]);
  });

  it('keeps a failed save when the element is moved, and saves it on retry', async () => {
    const { store, faults } = await createFaultyStore('ctl-move');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    faults.fail('put', 'unavailable', { times: 1 });
    await el.storage
      .save('create-note', (s) => s.collection(noteModel).create(note(9)))
      .catch(() => undefined);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await el.storage.whenReady();
    expect(el.storage.state).to.equal('error');
    expect(el.storage.failedOperation).to.equal('create-note');
    await el.storage.retry();
    expect(el.storage.state).to.equal('saved');
    const all = await store.collection(noteModel).all();
    expect(all.map((item) => item.record?.data)).to.deep.equal([note(9)]);
  });

  it('a ValidationError rejects without an error state or event', async () => {
    const store = await createTestStore('ctl-invalid');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    let fired = false;
    el.addEventListener('rk-storage-error', () => (fired = true));
    let rejected: unknown;
    await el.storage
      .save('create-note', (s) => s.collection(noteModel).create({ text: '', day: '2026-01-01' }))
      .catch((e) => (rejected = e));
    expect(rejected).to.be.instanceOf(ValidationError);
    expect(el.storage.state).to.equal('ready');
    expect(fired).to.equal(false);
  });

  it('reports a failed open with rk-storage-error and opens on retry', async () => {
    const faults = new FaultInjectingAdapter(new MemoryAdapter()).fail('open', 'locked', {
      times: 1,
    });
    const store = new RecordStore(faults, { requestPersistence: false });
    const el = document.createElement('rk-store-probe');
    el.store = store;
    const errorEvent = oneEvent(el, 'rk-storage-error');
    document.body.append(el);
    try {
      const { detail } = await errorEvent;
      expect(detail.operation).to.equal('open');
      expect(detail.error.code).to.equal('locked');
      expect(el.storage.state).to.equal('error');
      await el.storage.retry();
      expect(el.storage.state).to.equal('ready');
      expect(await el.storage.whenReady()).to.equal(store);
    } finally {
      el.remove();
    }
  });

  it('tells the host about changes from another tab, including erase-all', async () => {
    const store = await createTestStore('ctl-change');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${store}></rk-store-probe>`);
    await el.storage.whenReady();
    const other = await openSecondTab(store);
    await other.collection(noteModel).create(note(4));
    await until(() => el.changes.some((c) => c.type === 'put' && c.origin === 'other-tab'));
    await other.purgeAll();
    await until(() => el.changes.some((c) => c.type === 'purge'));
  });

  it('switches when .store is replaced and stops listening to the old one', async () => {
    const first = await createTestStore('ctl-a');
    const second = await createTestStore('ctl-b');
    const el = await fixture<StoreProbe>(html`<rk-store-probe .store=${first}></rk-store-probe>`);
    await el.storage.whenReady();
    el.store = second;
    await el.updateComplete;
    expect(el.storage.state).to.equal('connecting');
    expect(await el.storage.whenReady()).to.equal(second);
    expect(el.readyCount).to.equal(2);
    el.changes = [];
    await first.collection(noteModel).create(note(5));
    await second.collection(noteModel).create(note(6));
    await until(() => el.changes.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.changes.every((change) => change.id !== undefined)).to.equal(true);
    expect(el.changes).to.have.length(1);
  });

  it('falls back to a memory store when the browser refuses storage, and says nothing will be kept', async () => {
    const namespace = uniqueNamespace('ctl-fallback');
    const shared = sharedStore(namespace);
    const refusing = new FaultInjectingAdapter(shared.adapter).fail('open', 'unavailable');
    // Make the shared store refuse to open, as private browsing or a blocked iframe would.
    (shared as unknown as { adapter: unknown }).adapter = refusing;
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const el = await fixture<StoreProbe>(
        html`<rk-store-probe namespace=${namespace}></rk-store-probe>`,
      );
      const store = await el.storage.whenReady();
      expect(store).to.not.equal(shared);
      expect(el.storage.report?.durability).to.equal('memory');
      expect(sharedStore(namespace)).to.equal(store);
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('rk-save-status')!;
      await status.updateComplete;
      expect(status.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain(
        'will be gone when you close the page',
      );
    } finally {
      console.warn = original;
    }
  });
});
