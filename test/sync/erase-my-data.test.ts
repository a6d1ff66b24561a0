import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RkProvider } from '../../src/elements/provider/rk-provider.js';
import '../../src/elements/provider/define.js';
import '../../src/elements/my-data/define.js';
import type { RkMyData } from '../../src/elements/my-data/my-data.js';
import { syncLinkOf } from '../../src/storage/synced-stores.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { announced, press, q } from '../elements/my-data/my-data-fixtures.js';
import { cleanupStores, uniqueNamespace } from '../helpers/stores.js';
import { closeDevices, contents, device, newPerson, syncServer } from './sync-devices.js';

/** `<rk-my-data>` in a provider that syncs for `person`. */
async function syncedMyData(person: string, attributes: { organisation?: string; lang?: string }) {
  const provider = await fixture<RkProvider>(
    html`<rk-provider
      namespace=${uniqueNamespace('erase-sync')}
      sync-url=${await syncServer()}
      sync-organisation=${attributes.organisation ?? ''}
      locale=${attributes.lang ?? 'en-GB'}
      .auth=${() => `dev:${person}`}
      ><rk-my-data></rk-my-data
    ></rk-provider>`,
  );
  const el = provider.querySelector<RkMyData>('rk-my-data')!;
  // The store is ready (and syncing) once the element says where its copy is kept.
  await waitUntil(() => syncLinkOf(el.rkConfig?.store)?.status.state === 'synced', 'never synced');
  await el.updateComplete;
  return el;
}

const warningText = (el: RkMyData) =>
  q(el, '#erase-warning-text')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<rk-my-data> erase with sync on (real server)', () => {
  afterEach(async () => {
    await closeDevices();
    document.querySelectorAll('rk-my-data').forEach((el) => {
      syncLinkOf(
        (el as unknown as { rkConfig?: { store?: never } }).rkConfig?.store,
      )?.client?.stop();
    });
    await cleanupStores();
  });

  it("says it erases here, on the organisation's server and on the other devices, and does", async () => {
    const person = newPerson();
    const phone = await device(person);
    await phone.adapter.put(draft('a', 1, 'from the phone'), null);
    await phone.client.syncNow();

    const el = await syncedMyData(person, { organisation: 'Hope Trust' });
    const store = el.rkConfig!.store!;
    expect(await store.adapter.get('note', 'a')).to.include({ id: 'a' });

    await press(q(el, '#erase-start'));
    await el.updateComplete;
    expect(warningText(el)).to.equal(
      'This erases everything you have written in these tools, for good: on this device, on Hope Trust’s server, and on your other devices when they next connect. It cannot be undone. If you might want any of it later, save a copy first.',
    );
    await expect(el).to.be.accessible();
    const erased = new Promise((resolve) => el.addEventListener('rk-data-erased', resolve));
    await press(q(el, '#erase-confirm'));
    await erased;
    expect(await store.adapter.exportAll()).to.deep.equal([]);
    await el.updateComplete;
    expect(announced(el)).to.contain('erased from Hope Trust’s server as soon as this device');

    // The server erases, and the phone erases its copy when it next syncs.
    await waitUntil(async () => {
      const response = await fetch(`${await syncServer()}/v1/sync/pull?since=0`, {
        headers: { Authorization: `Bearer dev:${person}` },
      });
      return ((await response.json()) as { erased?: unknown }).erased !== undefined;
    }, 'the server was never told');
    await phone.client.syncNow();
    expect(await contents(phone.adapter)).to.deep.equal({});
  });

  it('words it in Welsh, and in general words when the host names no organisation', async () => {
    const el = await syncedMyData(newPerson(), { lang: 'cy' });
    await press(q(el, '#erase-start'));
    // The Welsh words load on their own: wait for them rather than for a time.
    await waitUntil(
      () => q(el, '#erase-warning-text')?.textContent?.includes('ddyfais'),
      'no Welsh',
    );
    expect(warningText(el))
      .to.contain('ar y ddyfais hon, ar weinydd y sefydliad sy’n rhedeg y wefan hon')
      .and.contain('ar eich dyfeisiau eraill');
  });
});
