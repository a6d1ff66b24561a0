import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPlan, PLAN_RECORD_ID, type Plan } from '../../src/core/plan.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import type { RkLock } from '../../src/elements/lock/rk-lock.js';
import '../../src/elements/lock/define.js';
import type { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import { OptionalEncryptionAdapter } from '../../src/storage/optional-encryption-adapter.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { inLock, press, tabTo, type } from '../elements/lock/lock-fixtures.js';
import { uniqueNamespace } from '../helpers/stores.js';
import { lockAll, NEW_PASSPHRASE, PASSPHRASE, sealedOn, text } from './sealed-devices.js';
import { closeDevices, device, newPerson } from './sync-devices.js';

const now = new Date().toISOString();
const planWith = (notes: string, items: { id: string; text: string }[]) => ({
  kind: 'plan',
  id: PLAN_RECORD_ID,
  schemaVersion: 1,
  createdAt: now,
  updatedAt: now,
  data: { ...createPlan(), sections: { ...createPlan().sections, well: { notes, items } } },
});
const wellOf = async (adapter: EncryptedAdapter) =>
  ((await adapter.get('plan', PLAN_RECORD_ID)) as RecordEnvelope<Plan>).data.sections.well!;

describe('a fixed record on two devices that each set their own passphrase, then joined (real server)', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's timeout on a busy machine.
  this.timeout(90_000);
  afterEach(closeDevices);

  it('the plan written on both keeps both texts and both lines, on both devices, under one passphrase', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const onPhone = sealedOn(phone, namespace);
    await onPhone.create(PASSPHRASE);
    await onPhone.put(planWith('Sleep by eleven', [{ id: 'walk', text: 'A walk' }]), null);
    await phone.client.syncNow();

    // The laptop was offline when it was set up: its own passphrase, its own plan.
    const laptop = await device(person);
    laptop.network.online = false;
    const onLaptop = sealedOn(laptop, namespace);
    await onLaptop.create(NEW_PASSPHRASE);
    await onLaptop.put(
      planWith('No coffee after four', [{ id: 'tea', text: 'Tea with Sam' }]),
      null,
    );
    laptop.network.online = true;
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(await onLaptop.hasOtherDevicesKey()).to.equal(true);

    await onLaptop.joinOtherDevices(PASSPHRASE);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(laptop.client.status).to.include({ pending: 0 });
    expect(phone.client.status).to.include({ pending: 0 });

    lockAll(onPhone, onLaptop);
    for (const [name, adapter] of [
      ['phone', onPhone],
      ['laptop', onLaptop],
    ] as const) {
      await adapter.unlock(PASSPHRASE);
      const well = await wellOf(adapter);
      expect(well.notes, `both texts on the ${name}`)
        .to.contain('Sleep by eleven')
        .and.contain('No coffee after four');
      expect(well.items.map((item) => item.text).sort(), `both lines on the ${name}`).to.deep.equal(
        ['A walk', 'Tea with Sam'],
      );
    }
  });

  it('with encryption="optional" too: the lock offers the other devices\' passphrase, and joining keeps both sides', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const sealedPhone = sealedOn(phone, namespace);
    const onPhone = new OptionalEncryptionAdapter(sealedPhone);
    await onPhone.create(PASSPHRASE);
    await onPhone.put(draft('from-phone', 1, 'written on the phone'), null);
    await phone.client.syncNow();

    const laptop = await device(person);
    laptop.network.online = false;
    const sealedLaptop = sealedOn(laptop, namespace);
    const onLaptop = new OptionalEncryptionAdapter(sealedLaptop);
    await onLaptop.create(NEW_PASSPHRASE);
    await onLaptop.put(draft('from-laptop', 2, 'written on the laptop'), null);
    laptop.network.online = true;
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(await onLaptop.hasOtherDevicesKey()).to.equal(true);
    expect(await onPhone.hasOtherDevicesKey()).to.equal(false);

    const lock = await fixture<RkLock>(
      html`<rk-lock .adapter=${onLaptop}><p>private words</p></rk-lock>`,
    );
    await waitUntil(() => inLock(lock, '[part~="other-devices"]'), 'the notice is shown');
    await expect(lock).to.be.accessible();
    await tabTo(lock, (focused) => focused.matches('[part~="join"]'));
    await press('Enter');
    await waitUntil(() => inLock(lock, '#passphrase'), 'asks for the other passphrase');
    await tabTo(lock, (focused) => focused.id === 'passphrase');
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(() => inLock(lock, '[part~="content"]'), 'back to the content');
    expect(inLock(lock, '[part~="other-devices"]')).to.equal(null);
    expect(inLock(lock, '[role="status"]')!.textContent).to.contain('share one passphrase');
    await laptop.client.syncNow();
    await phone.client.syncNow();

    lockAll(sealedPhone, sealedLaptop);
    for (const adapter of [sealedPhone, sealedLaptop]) {
      await adapter.unlock(PASSPHRASE);
      expect(await text(adapter, 'from-phone')).to.equal('written on the phone');
      expect(await text(adapter, 'from-laptop')).to.equal('written on the laptop');
    }
  });
});
