import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../src/core/goal.js';
import type { RkLock } from '../../src/elements/lock/rk-lock.js';
import type { RkProvider } from '../../src/elements/provider/rk-provider.js';
import '../../src/elements/provider/define.js';
import '../../src/elements/goal-tracker/define.js';
import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { syncLinkOf } from '../../src/storage/synced-stores.js';
import { draft } from '../../src/testing/conformance-harness.js';
import '../elements/base/store-probe.js';
import { createByKeyboard, inLock, press, tabTo, type } from '../elements/lock/lock-fixtures.js';
import { PASSPHRASE } from '../storage/encrypted-harness.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { closeDevices, device, newPerson, serverText, syncServer } from './sync-devices.js';

const MARKER = 'MARKER-only-the-person-reads-this';

describe('sync with encryption (real server)', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's timeout on a busy machine.
  this.timeout(60_000);
  afterEach(closeDevices);

  it('pushes ciphertext only, and another device opens it with the passphrase', async () => {
    const person = newPerson();
    const phone = await device(person);
    const sealed = new EncryptedAdapter(phone.adapter, { namespace: phone.namespace });
    await sealed.create(PASSPHRASE);
    const first = await sealed.put(draft('a', 1, MARKER), null);
    await sealed.put(draft('a', 1, `${MARKER} edited`), first.rev);
    await phone.client.syncNow();
    expect(phone.client.status).to.include({ state: 'synced', pending: 0 });

    // What the server stores, straight from a pull: the keys (wrapped) and the record, no plaintext.
    const text = await serverText(person);
    expect(text).to.contain('"kind":"note"').and.contain('"kind":"rk:keys"');
    expect(text).not.to.contain('MARKER');
    expect(text).not.to.contain(PASSPHRASE);

    const laptop = await device(person, { namespace: undefined });
    await laptop.client.syncNow();
    const opened = new EncryptedAdapter(laptop.adapter, { namespace: phone.namespace });
    await opened.unlock(PASSPHRASE);
    const read = (await opened.get('note', 'a')) as RecordEnvelope<{ text: string }>;
    expect(read.data.text).to.equal(`${MARKER} edited`);
  });
});

describe('<rk-provider encryption="passphrase" sync-url> (real server)', function () {
  this.timeout(60_000);
  let namespace: string;
  beforeEach(() => (namespace = uniqueNamespace('encrypted-sync')));
  afterEach(async () => {
    document.querySelectorAll('rk-provider').forEach((provider) => {
      syncLinkOf(provider.querySelector('rk-store-probe')?.storage.store)?.client?.stop();
    });
    await deleteDatabase(`recovery-kit:${namespace}`);
  });

  it('encrypts over the synced store: the server holds ciphertext only, and the status says so', async () => {
    const person = newPerson();
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        encryption="passphrase"
        namespace=${namespace}
        sync-url=${await syncServer()}
        sync-organisation="Hope Trust"
        .auth=${() => `dev:${person}`}
        ><rk-store-probe></rk-store-probe><rk-goal-tracker></rk-goal-tracker
      ></rk-provider>`,
    );
    const lock = provider.shadowRoot!.querySelector<RkLock>('rk-lock')!;
    await waitUntil(() => lock.shadowRoot?.querySelector('#new-passphrase'), 'first passphrase');
    await createByKeyboard(lock, PASSPHRASE);

    const probe = provider.querySelector('rk-store-probe')!;
    const store = await probe.storage.whenReady();
    const link = syncLinkOf(store)!;
    expect(link, 'the encrypted store syncs').to.exist;
    await store.collection(goalModel).create(createGoal({ title: MARKER, chime: ['hope'] }));
    const tracker = provider.querySelector('rk-goal-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.textContent!.includes(MARKER), 'the goal is shown');
    await waitUntil(() => link.status.state === 'synced' && link.status.pending === 0, 'pushed');

    const text = await serverText(person);
    expect(text).to.contain('"kind":"goal"').and.contain('"kind":"rk:keys"');
    expect(text).not.to.contain(MARKER);
    expect(text).not.to.contain(PASSPHRASE);

    await probe.updateComplete;
    const details = probe
      .shadowRoot!.querySelector('rk-save-status')!
      .shadowRoot!.querySelector('details')!.textContent!;
    expect(details).to.contain(
      'kept on this device and copied to Hope Trust’s server, encrypted so that only you can read it.',
    );
    expect(details).not.to.contain('staff could read it');
    await expect(provider).to.be.accessible();
  });
});

describe('<rk-provider encryption="optional" sync-url> (real server)', function () {
  this.timeout(90_000);
  let namespace: string;
  beforeEach(() => (namespace = uniqueNamespace('optional-sync')));
  afterEach(async () => {
    document.querySelectorAll('rk-provider').forEach((provider) => {
      syncLinkOf(provider.querySelector('rk-store-probe')?.storage.store)?.client?.stop();
    });
    await deleteDatabase(`recovery-kit:${namespace}`);
  });

  it('copies plainly until the person protects it, then ciphertext only (over the plain copies); stopping copies plainly again, and "Where" says so each time', async () => {
    const person = newPerson();
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        encryption="optional"
        namespace=${namespace}
        sync-url=${await syncServer()}
        sync-organisation="Hope Trust"
        .auth=${() => `dev:${person}`}
        ><rk-store-probe></rk-store-probe
      ></rk-provider>`,
    );
    const lock = provider.shadowRoot!.querySelector<RkLock>('rk-lock')!;
    const probe = provider.querySelector('rk-store-probe')!;
    const store = await probe.storage.whenReady();
    const link = syncLinkOf(store)!;
    const synced = () =>
      waitUntil(() => link.status.state === 'synced' && link.status.pending === 0, 'synced');
    const where = async () => {
      await probe.updateComplete;
      return probe
        .shadowRoot!.querySelector('rk-save-status')!
        .shadowRoot!.querySelector('details')!.textContent!;
    };
    await store.adapter.put(draft('a', 1, MARKER), null);
    await waitUntil(async () => (await serverText(person)).includes(MARKER), 'copied plainly');
    expect(await where()).to.contain('staff could read it');

    await waitUntil(() => inLock(lock, '[part~="protect"]'), 'the protect button');
    inLock(lock, '[part~="protect"]')!.click();
    await waitUntil(() => inLock(lock, '#new-passphrase'), 'the passphrase screen');
    await createByKeyboard(lock, PASSPHRASE);
    await waitUntil(
      async () => !(await serverText(person)).includes(MARKER),
      'sealed on the server',
    );
    await synced();
    const sealed = await serverText(person);
    expect(sealed).to.contain('"kind":"rk:keys"').and.contain('"id":"a"');
    expect(sealed).not.to.contain(MARKER);
    await waitUntil(async () => (await where()).includes('encrypted so that only you'));
    expect(await where()).not.to.contain('staff could read it');

    inLock(lock, '[part~="stop-protecting"]')!.click();
    await waitUntil(() => inLock(lock, '#passphrase'), 'asks for the passphrase');
    expect(lock.shadowRoot!.textContent).to.contain('The copy on the server');
    await tabTo(lock, (focused) => focused.id === 'passphrase');
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(async () => (await serverText(person)).includes(MARKER), 'plain again');
    await waitUntil(async () => (await where()).includes('staff could read it'));
  });
});
