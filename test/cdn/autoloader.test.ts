// The script-tag build's main file, from source: it registers only the elements on the
// page (now or added later), each from its own module, and exports the API. The built
// files (chunks, base path, strict CSP, loaded twice, bytes) are checked by
// scripts/check-cdn.mjs in npm test.
import { expect } from '@open-wc/testing';
import * as cdn from '../../src/cdn/recovery-kit.js';
import * as api from '../../src/cdn/api.js';
import { ELEMENT_LOADERS } from '../../src/cdn/element-loaders.js';
import { cleanupStores, createTestStore } from '../helpers/stores.js';
import type { RecordStore } from '../../src/storage/record-store.js';

const defined = (tag: string) => customElements.get(tag) !== undefined;

/** Puts `tag` on the page with a test store of its own (set before it is defined). */
async function place(tag: string, parent: ParentNode = document.body): Promise<HTMLElement> {
  const element = document.createElement(tag) as HTMLElement & { store?: RecordStore };
  element.store = await createTestStore('cdn');
  parent.append(element);
  return element;
}

describe('script-tag autoloader (src/cdn/recovery-kit.ts)', function () {
  // These tests load element modules the first time inside the test (other test files
  // import them before any test starts): on a busy machine that alone can pass mocha's 10 s.
  this.timeout(60_000);
  const placed: Element[] = [];
  afterEach(async () => {
    placed.splice(0).forEach((element) => element.remove());
    await cleanupStores();
  });

  it('defines nothing while no recovery-kit tag is on the page', () => {
    expect(Object.keys(ELEMENT_LOADERS).filter(defined)).to.deep.equal([]);
  });

  it('defines a tool put on the page, with the elements it uses, and nothing else', async () => {
    placed.push(await place('rk-goal-tracker'));
    await customElements.whenDefined('rk-goal-tracker');
    const tracker = placed[0] as HTMLElement & { updateComplete: Promise<unknown> };
    await tracker.updateComplete;
    expect(tracker.shadowRoot?.querySelector('rk-crisis-help')).to.exist;
    expect(defined('rk-crisis-help')).to.equal(true);
    for (const other of ['rk-hope-journal', 'rk-staying-well-plan', 'rk-my-data'])
      expect(defined(other), other).to.equal(false);
    await expect(tracker).to.be.accessible();
  });

  it('defines elements added later, deep inside added markup', async () => {
    const wrapper = document.createElement('section');
    const inner = document.createElement('div');
    wrapper.append(inner);
    placed.push(wrapper);
    document.body.append(wrapper);
    await place('rk-staying-well-plan', inner);
    await customElements.whenDefined('rk-staying-well-plan');
    expect(defined('rk-hope-journal')).to.equal(false);
  });

  it('loadElements() reaches a shadow root the page watcher cannot see', async () => {
    const host = document.createElement('div');
    placed.push(host);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    await place('rk-my-data', shadow);
    await cdn.loadElements(shadow);
    expect(defined('rk-my-data')).to.equal(true);
  });

  it('a second copy of the file does not watch the page again', async () => {
    const Original = window.MutationObserver;
    let created = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created += 1;
      }
    };
    try {
      await import(/* @vite-ignore */ `../../src/cdn/recovery-kit.ts?copy=${Date.now()}`);
    } finally {
      window.MutationObserver = Original;
    }
    expect(created).to.equal(0);
  });

  it('reports a chunk that failed to load, and asks for it again next time', async () => {
    const loader = ELEMENT_LOADERS['rk-provider']!;
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const provider = document.createElement('rk-provider');
    placed.push(provider);
    try {
      ELEMENT_LOADERS['rk-provider'] = () => Promise.reject(new Error('offline'));
      document.body.append(provider);
      await cdn.loadElements(document.body);
      expect(defined('rk-provider')).to.equal(false);
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('<rk-provider>');
    } finally {
      console.error = original;
      ELEMENT_LOADERS['rk-provider'] = loader;
    }
    await cdn.loadElements(document.body);
    expect(defined('rk-provider')).to.equal(true);
  });

  it('recovery-kit-api.js exports the store, adapters, locales and backups for pages without a bundler', async () => {
    const store = new api.RecordStore(new api.MemoryAdapter(), { requestPersistence: false });
    await store.open();
    const bundle = await api.exportBundle(store);
    expect(bundle.format).to.equal('recovery-kit');
    const report = await api.importBundle(store, bundle, { mode: 'merge', dryRun: true });
    expect(report.ok).to.equal(true);
    expect(api.IndexedDbAdapter).to.be.a('function');
    expect(api.LocalStorageAdapter).to.be.a('function');
    expect(api.registerLocale).to.be.a('function');
    expect(api.isStorageError(new api.StorageError('quota-exceeded', 'full'))).to.equal(true);
    expect(api.loadElements).to.equal(cdn.loadElements);
    // recovery-kit.js exports no adapter, so a page showing tools never downloads the unused ones.
    expect(Object.keys(cdn)).to.deep.equal(['loadElements']);
    await store.close();
  });
});
