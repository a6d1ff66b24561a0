import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sharedStore } from '../../../src/elements/controllers/default-store.js';
import { ValidationError } from '../../../src/core/model.js';
import { MemoryAdapter } from '../../../src/storage/memory-adapter.js';
import { RecordStore } from '../../../src/storage/record-store.js';
import type { StorageError } from '../../../src/storage/storage-error.js';
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

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check(), 'condition never became true').to.equal(true);
}

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
