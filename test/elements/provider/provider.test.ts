import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sharedStore } from '../../../src/elements/controllers/default-store.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { RkProvider } from '../../../src/elements/provider/rk-provider.js';
import '../../../src/elements/provider/define.js';
import type { CrisisContact } from '../../../src/core/crisis-contacts.js';
import { LocalStorageAdapter } from '../../../src/storage/localstorage-adapter.js';
import { RecordStore } from '../../../src/storage/record-store.js';
import { draft } from '../../../src/testing/conformance-harness.js';
import { cleanupStores, createTestStore, uniqueNamespace } from '../../helpers/stores.js';
import '../base/store-probe.js';
import type { StoreProbe } from '../base/store-probe.js';

afterEach(cleanupStores);

function probes(root: Element): StoreProbe[] {
  return [...root.querySelectorAll('rk-store-probe')];
}

describe('<rk-provider>', () => {
  it('shares one store of its namespace with every element inside', async () => {
    const namespace = uniqueNamespace('provider');
    const provider = await fixture<RkProvider>(
      html`<rk-provider namespace=${namespace}>
        <rk-store-probe></rk-store-probe>
        <div><rk-store-probe></rk-store-probe></div>
      </rk-provider>`,
    );
    const [a, b] = probes(provider);
    const storeA = await a.storage.whenReady();
    const storeB = await b.storage.whenReady();
    expect(storeA).to.equal(storeB);
    expect(storeA).to.equal(sharedStore(namespace));
    expect(storeA.adapter.name).to.equal('indexeddb');
    // An element alone on the page with the same namespace uses the same store.
    const alone = await fixture<StoreProbe>(
      html`<rk-store-probe namespace=${namespace}></rk-store-probe>`,
    );
    expect(await alone.storage.whenReady()).to.equal(storeA);
    await storeA.purgeAll();
  });

  it('takes no space of its own', async () => {
    const provider = await fixture<RkProvider>(html`<rk-provider storage="memory"></rk-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('shares a .store given to it, and an element .store wins over it', async () => {
    const given = await createTestStore('provider-given');
    const own = await createTestStore('provider-own');
    const provider = await fixture<RkProvider>(
      html`<rk-provider .store=${given}>
        <rk-store-probe></rk-store-probe>
        <rk-store-probe .store=${own}></rk-store-probe>
      </rk-provider>`,
    );
    const [shared, overridden] = probes(provider);
    expect(await shared.storage.whenReady()).to.equal(given);
    expect(await overridden.storage.whenReady()).to.equal(own);
  });

  it('moves its children to a new store when its .store changes', async () => {
    const first = await createTestStore('provider-first');
    const second = await createTestStore('provider-second');
    const provider = await fixture<RkProvider>(
      html`<rk-provider .store=${first}><rk-store-probe></rk-store-probe></rk-provider>`,
    );
    const [probe] = probes(provider);
    expect(await probe.storage.whenReady()).to.equal(first);
    provider.store = second;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(await probe.storage.whenReady()).to.equal(second);
  });

  it('keeps data in memory with storage="memory", and the save status says so', async () => {
    const namespace = uniqueNamespace('provider-memory');
    const provider = await fixture<RkProvider>(
      html`<rk-provider storage="memory" namespace=${namespace}>
        <rk-store-probe></rk-store-probe>
      </rk-provider>`,
    );
    const [probe] = probes(provider);
    await probe.storage.whenReady();
    expect(probe.storage.report?.durability).to.equal('memory');
    await probe.updateComplete;
    const status = probe.shadowRoot!.querySelector('rk-save-status')!;
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).to.contain('will be gone when you close the page');
  });

  it('keeps data in localStorage with storage="localstorage", for the next page too', async () => {
    const namespace = uniqueNamespace('provider-localstorage');
    const provider = await fixture<RkProvider>(
      html`<rk-provider storage="localstorage" namespace=${namespace}>
        <rk-store-probe></rk-store-probe>
      </rk-provider>`,
    );
    const [probe] = probes(provider);
    const store = await probe.storage.whenReady();
    expect(probe.storage.report).to.include({ adapter: 'localstorage' });
    await store.adapter.put(draft('kept'), null);
    const key = Object.keys(localStorage).find((name) =>
      name.startsWith(`recovery-kit:${namespace}:`),
    );
    expect(key, 'a record under the namespace in localStorage').to.be.a('string');
    // The next page (another store on the same namespace) reads it back.
    const next = new RecordStore(new LocalStorageAdapter({ namespace }), {
      requestPersistence: false,
    });
    await next.open();
    expect(await next.adapter.get('note', 'kept')).to.include({ id: 'kept' });
    await next.close();
    await store.purgeAll();
  });

  it('falls back to memory, and says so, where the browser refuses IndexedDB (private browsing)', async () => {
    const namespace = uniqueNamespace('provider-refused');
    const open = IDBFactory.prototype.open;
    const warn = console.warn;
    const warnings: unknown[][] = [];
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission.', 'SecurityError');
    };
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const provider = await fixture<RkProvider>(
        html`<rk-provider namespace=${namespace}><rk-store-probe></rk-store-probe></rk-provider>`,
      );
      const [probe] = probes(provider);
      await waitUntil(() => probe.storage.report, 'the store opened on its fallback');
      expect(probe.storage.report).to.include({ adapter: 'memory', durability: 'memory' });
      expect(String(warnings[0]?.[0])).to.contain('not letting the page keep data');
      const store = await probe.storage.whenReady();
      await store.adapter.put(draft('kept'), null);
      expect(await store.adapter.get('note', 'kept')).to.include({ id: 'kept' });
      await probe.updateComplete;
      const status = probe.shadowRoot!.querySelector('rk-save-status')!;
      await status.updateComplete;
      expect(status.shadowRoot!.textContent).to.contain('will be gone when you close the page');
      await expect(probe).to.be.accessible();
    } finally {
      IDBFactory.prototype.open = open;
      console.warn = warn;
    }
  });

  it('warns about an unknown storage and uses IndexedDB', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const namespace = uniqueNamespace('provider-bad');
      const provider = await fixture<RkProvider>(
        html`<rk-provider storage="cloud" namespace=${namespace}>
          <rk-store-probe></rk-store-probe>
        </rk-provider>`,
      );
      const store = await probes(provider)[0].storage.whenReady();
      expect(store.adapter.name).to.equal('indexeddb');
      expect(warnings.some((w) => w.includes('storage must be one of'))).to.equal(true);
      await store.purgeAll();
    } finally {
      console.warn = original;
    }
  });

  it('shares locale, strings and crisis contacts with the elements inside, even nested in a shadow root', async () => {
    const contacts: CrisisContact[] = [
      {
        name: 'Our helpline',
        purpose: 'Talk to our team.',
        href: 'tel:0800000000',
        linkText: 'Call 0800 000 000',
      },
    ];
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        storage="memory"
        .crisisContacts=${contacts}
        .strings=${{ 'crisis-help': { toggle: 'Get support now' } }}
      >
        <rk-store-probe></rk-store-probe>
      </rk-provider>`,
    );
    const [probe] = probes(provider);
    await probe.storage.whenReady();
    await probe.updateComplete;
    const help = probe.shadowRoot!.querySelector('rk-crisis-help')!;
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal(
      'Get support now',
    );
    expect(help.effectiveContacts).to.equal(contacts);
    provider.strings = { 'crisis-help': { toggle: 'Help now' } };
    await provider.updateComplete;
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal(
      'Help now',
    );
  });

  it('reaches children that were on the page before the provider was defined', async () => {
    const namespace = uniqueNamespace('provider-late');
    const tag = `rk-late-provider-${Date.now().toString(36)}`;
    const root = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('namespace', namespace);
    provider.setAttribute('storage', 'memory');
    provider.innerHTML = '<rk-store-probe></rk-store-probe>';
    root.append(provider);
    const [probe] = probes(provider);
    await probe.updateComplete;
    expect(probe.rkConfig).to.equal(undefined);
    defineElement(tag, class extends RkProvider {});
    await (provider as RkProvider).updateComplete;
    expect(probe.rkConfig?.namespace).to.equal(namespace);
    expect(await probe.storage.whenReady()).to.equal(sharedStore(namespace, 'memory'));
  });

  it('passes its theme to the elements inside', async () => {
    const provider = await fixture<RkProvider>(
      html`<rk-provider storage="memory" theme="dark"
        ><rk-store-probe></rk-store-probe
      ></rk-provider>`,
    );
    const [probe] = probes(provider);
    await probe.updateComplete;
    expect(getComputedStyle(probe).colorScheme).to.equal('dark');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(probe).colorScheme).to.equal('light');
  });
});
