import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RkProvider } from '../../src/elements/provider/rk-provider.js';
import '../../src/elements/provider/define.js';
import { syncLinkOf } from '../../src/storage/synced-stores.js';
import { draft } from '../../src/testing/conformance-harness.js';
import '../elements/base/store-probe.js';
import type { StoreProbe } from '../elements/base/store-probe.js';
import { cleanupStores, uniqueNamespace } from '../helpers/stores.js';
import { closeDevices, device, newPerson, syncServer } from './sync-devices.js';

/** The text of the sync line in the probe's save status. */
function syncLine(probe: StoreProbe): string {
  const status = probe.shadowRoot!.querySelector('rk-save-status')!;
  return (
    status.shadowRoot!.querySelector('[part="sync"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
    ''
  );
}
const where = (probe: StoreProbe) =>
  probe.shadowRoot!.querySelector('rk-save-status')!.shadowRoot!.querySelector('details')!
    .textContent!;

/** Counts the page's requests while `during` runs. */
async function requestsDuring(during: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const seen: string[] = [];
  window.fetch = (input, init) => {
    seen.push(String(input));
    return original(input, init);
  };
  try {
    await during();
  } finally {
    window.fetch = original;
  }
  return seen;
}

describe('<rk-provider sync-url> (real server)', () => {
  afterEach(async () => {
    await closeDevices();
    document.querySelectorAll('rk-provider').forEach((provider) => {
      const store = provider.querySelector('rk-store-probe')?.storage.store;
      syncLinkOf(store)?.client?.stop();
    });
    await cleanupStores();
  });

  it('syncs the tools inside with the server, says so, and names whose server has a copy', async () => {
    const person = newPerson();
    const url = await syncServer();
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        namespace=${uniqueNamespace('sync')}
        sync-url=${url}
        sync-organisation="Hope Trust"
        .auth=${() => `dev:${person}`}
        ><rk-store-probe></rk-store-probe
      ></rk-provider>`,
    );
    const probe = provider.querySelector('rk-store-probe')!;
    const store = await probe.storage.whenReady();
    const link = syncLinkOf(store)!;
    expect(link, 'the shared store syncs').to.exist;
    await store.adapter.put(draft('a', 1, 'Written on the laptop'), null);
    await waitUntil(() => link.status.state === 'synced' && link.status.pending === 0, 'pushed');
    await probe.updateComplete;
    expect(syncLine(probe)).to.match(/^Synced with your other devices at \d\d:\d\d\.$/);
    expect(where(probe))
      .to.contain('copied to Hope Trust’s server')
      .and.contain('staff could read it');
    await expect(probe).to.be.accessible();

    const phone = await device(person);
    await phone.client.syncNow();
    expect(await phone.adapter.get('note', 'a')).to.include({ id: 'a' });
    // A change on the phone reaches the open tool by itself (the server's poke).
    await phone.adapter.put(draft('b', 2, 'Written on the phone'), null);
    await phone.client.syncNow();
    await waitUntil(
      () => probe.changes.some((change) => change.id === 'b' && change.origin === 'other-tab'),
      'the tool heard',
    );
    expect(await store.adapter.get('note', 'b')).to.include({ id: 'b' });
  });

  it('says "Sign in again to sync" after a refused token, keeps saving here, and resumes with a new sign-in', async () => {
    const person = newPerson();
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        namespace=${uniqueNamespace('sync')}
        sync-url=${await syncServer()}
        .auth=${() => 'forged'}
        ><rk-store-probe></rk-store-probe
      ></rk-provider>`,
    );
    const probe = provider.querySelector('rk-store-probe')!;
    const store = await probe.storage.whenReady();
    await store.adapter.put(draft('a'), null);
    const link = syncLinkOf(store)!;
    await waitUntil(() => link.status.state === 'signed-out', 'signed out');
    await probe.updateComplete;
    expect(syncLine(probe)).to.equal(
      'Sign in again to sync. Everything is still saved on this device.',
    );
    expect(await store.adapter.get('note', 'a')).to.include({ id: 'a' });
    provider.auth = () => `dev:${person}`;
    await waitUntil(
      () => link.status.state === 'synced' && link.status.pending === 0,
      'synced after signing in',
    );
  });

  it('makes no request at all without a sync URL, or with one that is not https', async () => {
    for (const syncUrl of [undefined, 'http://sync.example.org']) {
      const seen = await requestsDuring(async () => {
        const provider = await fixture<RkProvider>(
          html`<rk-provider namespace=${uniqueNamespace('local')} sync-url=${syncUrl ?? ''}
            ><rk-store-probe></rk-store-probe
          ></rk-provider>`,
        );
        const probe = provider.querySelector('rk-store-probe')!;
        const store = await probe.storage.whenReady();
        await store.adapter.put(draft('a'), null);
        expect(syncLinkOf(store)).to.equal(undefined);
        await probe.updateComplete;
        expect(syncLine(probe)).to.equal('');
      });
      expect(seen, String(syncUrl)).to.deep.equal([]);
    }
  });
});
