import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../src/core/goal.js';
import type { LockableAdapter, RkLock } from '../../src/elements/lock/rk-lock.js';
import type { RkProvider } from '../../src/elements/provider/rk-provider.js';
import '../../src/elements/provider/define.js';
import '../../src/elements/goal-tracker/define.js';
import type { RecordStore } from '../../src/storage/record-store.js';
import { keyOf } from '../../src/storage/indexeddb-rows.js';
import { isSealedData } from '../../src/storage/sealed-data.js';
import { isCorrupt } from '../../src/storage/storage-adapter.js';
import { syncLinkOf } from '../../src/storage/synced-stores.js';
import { rawRequest } from '../storage/indexeddb-raw.js';
import '../elements/base/store-probe.js';
import { inLock, press, tabTo, type } from '../elements/lock/lock-fixtures.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { optionalOn, PASSPHRASE } from './sealed-devices.js';
import { closeDevices, device, newPerson, serverText, syncServer } from './sync-devices.js';

const GOAL = 'GOAL-kept-plain-in-this-browser';

describe('<rk-provider encryption="optional" sync-url>: kept plain here, protected on another device (real server)', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's timeout on a busy machine.
  this.timeout(120_000);
  let namespace: string;
  beforeEach(() => (namespace = uniqueNamespace('plain-era')));
  afterEach(async () => {
    document.querySelectorAll('rk-provider').forEach((provider) => {
      syncLinkOf(provider.querySelector('rk-store-probe')?.storage.store)?.client?.stop();
    });
    await closeDevices();
    await deleteDatabase(`recovery-kit:${namespace}`);
  });

  const page = async (person: string) => {
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        encryption="optional"
        namespace=${namespace}
        sync-url=${await syncServer()}
        .auth=${() => `dev:${person}`}
        ><rk-store-probe></rk-store-probe><rk-goal-tracker></rk-goal-tracker
      ></rk-provider>`,
    );
    const store: RecordStore = await provider.querySelector('rk-store-probe')!.storage.whenReady();
    return { provider, store, lock: provider.shadowRoot!.querySelector<RkLock>('rk-lock')! };
  };

  it("the goal written here before opens with the other device's passphrase, typed by keyboard: shown, saved sealed here and on the server", async () => {
    const person = newPerson();
    const before = await page(person);
    const goal = await before.store
      .collection(goalModel)
      .create(createGoal({ title: GOAL, chime: ['hope'] }));
    await waitUntil(async () => (await serverText(person)).includes(GOAL), 'copied plainly');

    // The laptop, set up offline, protects its data; then it syncs (the keys go to the server).
    const laptop = await device(person);
    laptop.network.online = false;
    const onLaptop = optionalOn(laptop, namespace);
    await onLaptop.create(PASSPHRASE);
    laptop.network.online = true;
    await laptop.client.syncNow();
    const adapter = before.store.adapter as unknown as LockableAdapter;
    await waitUntil(() => adapter.hasPassphrase(), "the laptop's passphrase reached this page", {
      timeout: 30_000,
    });

    // The page is opened again: it asks for the passphrase.
    before.provider.remove();
    const { provider, store, lock } = await page(person);
    await waitUntil(() => inLock(lock, '#passphrase'), 'asks for the passphrase');
    await expect(provider).to.be.accessible();
    await tabTo(lock, (focused) => focused.id === 'passphrase');
    await type(PASSPHRASE);
    const unlocked = oneEvent(lock, 'rk-unlocked');
    await press('Enter');
    await unlocked;

    const tracker = provider.querySelector('rk-goal-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.textContent!.includes(GOAL), 'the goal is shown');
    expect(tracker.shadowRoot!.textContent).not.to.contain('could not be read');
    const read = await store.collection(goalModel).get(goal.id);
    expect(read).to.include({ status: 'ok', readonly: false });
    expect(read!.record!.data.title).to.equal(GOAL);
    // The goal's own row (the outbox keeps the version it was pushed from until it goes).
    const row = await rawRequest(`recovery-kit:${namespace}`, 'readonly', (rows) =>
      rows.get(keyOf('goal', goal.id)),
    );
    expect(JSON.stringify(row), 'sealed in this browser').not.to.contain(GOAL);
    await waitUntil(
      async () => !(await serverText(person)).includes(GOAL),
      'sealed on the server',
      { timeout: 30_000 },
    );
    await laptop.client.syncNow();
    const onTheLaptop = await onLaptop.get('goal', goal.id);
    expect(onTheLaptop && !isCorrupt(onTheLaptop) && onTheLaptop.data).to.include({ title: GOAL });
    const laptopRaw = await laptop.local.get('goal', goal.id);
    expect(
      laptopRaw && !isCorrupt(laptopRaw) && isSealedData(laptopRaw.data),
      'sealed on the laptop',
    ).to.equal(true);
    await expect(provider).to.be.accessible();
  });
});
