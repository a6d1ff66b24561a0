import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../src/core/goal.js';
import type { RkLock } from '../../src/elements/lock/rk-lock.js';
import '../../src/elements/lock/define.js';
import '../../src/elements/goal-tracker/define.js';
import { RecordStore } from '../../src/storage/record-store.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { inLock, press, tabTo, type } from '../elements/lock/lock-fixtures.js';
import { uniqueNamespace } from '../helpers/stores.js';
import { lockAll, NEW_PASSPHRASE, PASSPHRASE, sealedOn, text } from './sealed-devices.js';
import { closeDevices, device, newPerson } from './sync-devices.js';

const MARKER = 'MARKER-written-on-the-phone';

describe('one person, two devices, one passphrase (real server)', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's timeout on a busy machine.
  this.timeout(90_000);
  afterEach(closeDevices);

  it('a new device asks for the existing passphrase, not a new one, and then shows the records', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const onPhone = sealedOn(phone, namespace);
    await onPhone.create(PASSPHRASE);
    await new RecordStore(onPhone)
      .collection(goalModel)
      .create(createGoal({ title: MARKER, chime: ['hope'] }));
    await phone.client.syncNow();

    const laptop = await device(person);
    const onLaptop = sealedOn(laptop, namespace);
    const store = new RecordStore(onLaptop);
    const lock = await fixture<RkLock>(
      html`<rk-lock .adapter=${onLaptop}
        ><rk-goal-tracker .store=${store}></rk-goal-tracker
      ></rk-lock>`,
    );
    await waitUntil(() => inLock(lock, 'form'), 'a lock screen');
    expect(inLock(lock, '#new-passphrase'), 'no "create a passphrase"').to.equal(null);
    expect(inLock(lock, '#passphrase'), 'asks for the existing one').to.exist;
    await expect(lock).to.be.accessible();

    await tabTo(lock, (focused) => focused.id === 'passphrase');
    await type(PASSPHRASE);
    const unlocked = oneEvent(lock, 'rk-unlocked');
    await press('Enter');
    await unlocked;
    const tracker = lock.querySelector('rk-goal-tracker')!;
    await waitUntil(
      () => tracker.shadowRoot!.textContent!.includes(MARKER),
      "the phone's goal is shown on the laptop",
    );
  });

  it('a passphrase change on one device reaches the other, which keeps working; the recovery code opens it there too', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const onPhone = sealedOn(phone, namespace);
    const code = await onPhone.create(PASSPHRASE);
    await onPhone.put(draft('a', 1, 'before'), null);
    await phone.client.syncNow();
    const laptop = await device(person);
    const onLaptop = sealedOn(laptop, namespace);
    await onLaptop.unlock(PASSPHRASE);

    await onPhone.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    await phone.client.syncNow();
    await laptop.client.syncNow();
    // Still unlocked on the laptop: it writes, and the phone reads what it wrote.
    await onLaptop.put(draft('b', 2, 'after the change'), null);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(await text(onPhone, 'b')).to.equal('after the change');

    lockAll(onPhone, onLaptop);
    const refused = await onLaptop.unlock(PASSPHRASE).then(
      () => 'opened',
      (error: { code?: string }) => error.code,
    );
    expect(refused, 'the old passphrase no longer opens the laptop').to.equal('locked');
    await onLaptop.unlock(NEW_PASSPHRASE);
    expect(await text(onLaptop, 'a')).to.equal('before');

    lockAll(onLaptop);
    await onLaptop.unlockWithRecoveryCode(code);
    expect(await text(onLaptop, 'b')).to.equal('after the change');
  });
});

describe('two devices that each set their own passphrase before they first synced (real server)', function () {
  this.timeout(90_000);
  afterEach(closeDevices);

  it('writes neither key over the other, keeps both sides readable, and joins them with the other passphrase', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const onPhone = sealedOn(phone, namespace);
    const phoneCode = await onPhone.create(PASSPHRASE);
    await onPhone.put(draft('from-phone', 1, 'written on the phone'), null);
    await phone.client.syncNow();

    // The laptop was offline when it was set up: its own passphrase, its own key.
    const laptop = await device(person);
    laptop.network.online = false;
    const onLaptop = sealedOn(laptop, namespace);
    await onLaptop.create(NEW_PASSPHRASE);
    await onLaptop.put(draft('from-laptop', 2, 'written on the laptop'), null);
    laptop.network.online = true;
    await laptop.client.syncNow();
    await phone.client.syncNow();
    // The laptop does not push its key over the phone's: nothing is left waiting to be pushed.
    expect(laptop.client.status).to.include({ pending: 0 });

    // Neither key was written over: each device still opens what it wrote with its own passphrase.
    lockAll(onPhone, onLaptop);
    await onPhone.unlock(PASSPHRASE);
    await onLaptop.unlock(NEW_PASSPHRASE);
    expect(await text(onPhone, 'from-phone')).to.equal('written on the phone');
    expect(await text(onLaptop, 'from-laptop')).to.equal('written on the laptop');
    expect(await onLaptop.hasOtherDevicesKey()).to.equal(true);
    expect(await onPhone.hasOtherDevicesKey()).to.equal(false);

    // The laptop's lock says so, and takes the phone's passphrase by keyboard.
    const lock = await fixture<RkLock>(
      html`<rk-lock .adapter=${onLaptop}><p id="secret">private words</p></rk-lock>`,
    );
    await waitUntil(() => inLock(lock, '[part~="other-devices"]'), 'the notice is shown');
    expect(inLock(lock, '[part~="other-devices"]')!.textContent).to.contain(
      'Nothing has been lost',
    );
    await expect(lock).to.be.accessible();
    await tabTo(lock, (focused) => focused.matches('[part~="join"]'));
    await press('Enter');
    await waitUntil(() => inLock(lock, '#passphrase'), 'asks for the other passphrase');
    await tabTo(lock, (focused) => focused.id === 'passphrase');
    await type('not the phone passphrase');
    await press('Enter');
    await waitUntil(() => inLock(lock, '#passphrase-error'), 'a wrong passphrase is refused');
    expect(await onLaptop.hasOtherDevicesKey()).to.equal(true);
    await expect(lock).to.be.accessible();
    await tabTo(lock, (focused) => focused.id === 'passphrase');
    lock.shadowRoot!.querySelector<HTMLInputElement>('#passphrase')!.select();
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(() => inLock(lock, '[part~="content"]'), 'back to the content');
    expect(inLock(lock, '[part~="other-devices"]')).to.equal(null);
    expect(inLock(lock, '[role="status"]')!.textContent).to.contain('share one passphrase');
    expect(await onLaptop.hasOtherDevicesKey()).to.equal(false);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(laptop.client.status).to.include({ pending: 0 });

    // One passphrase (the phone's) and one recovery code now open everything, on both devices.
    lockAll(onPhone, onLaptop);
    for (const adapter of [onPhone, onLaptop]) {
      await adapter.unlock(PASSPHRASE);
      expect(await text(adapter, 'from-phone')).to.equal('written on the phone');
      expect(await text(adapter, 'from-laptop')).to.equal('written on the laptop');
    }
    lockAll(onPhone, onLaptop);
    await onLaptop.unlockWithRecoveryCode(phoneCode);
    expect(await text(onLaptop, 'from-laptop')).to.equal('written on the laptop');
  });
});

describe('sync while locked (real server)', function () {
  this.timeout(90_000);
  afterEach(closeDevices);

  it('locking does not stop encrypted changes waiting to be pushed; pulls while locked stay sealed until unlocked', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const phone = await device(person);
    const onPhone = sealedOn(phone, namespace);
    await onPhone.create(PASSPHRASE);
    await phone.client.syncNow();
    const laptop = await device(person);
    const onLaptop = sealedOn(laptop, namespace);
    await onLaptop.unlock(PASSPHRASE);

    phone.network.online = false;
    await onPhone.put(draft('offline', 1, MARKER), null);
    await phone.client.syncNow();
    expect(phone.client.status).to.include({ state: 'offline', pending: 1 });
    lockAll(onPhone, onLaptop);
    await onLaptop.unlock(PASSPHRASE);
    phone.network.online = true;
    await phone.client.syncNow();
    expect(phone.client.status, 'pushed while locked').to.include({ state: 'synced', pending: 0 });
    await laptop.client.syncNow();
    expect(await text(onLaptop, 'offline')).to.equal(MARKER);

    // The laptop writes; the locked phone pulls it, but shows nothing until it is unlocked.
    await onLaptop.put(draft('from-laptop', 2, 'written on the laptop'), null);
    await laptop.client.syncNow();
    const heard: string[] = [];
    const stop = onPhone.subscribe((change) => heard.push(`${change.type}:${change.id ?? ''}`));
    await phone.client.syncNow();
    stop();
    expect(JSON.stringify(await phone.local.get('note', 'from-laptop'))).not.to.contain(
      'written on the laptop',
    );
    const refused = await onPhone.get('note', 'from-laptop').then(
      () => 'read',
      (error: { code?: string }) => error.code,
    );
    expect(refused, 'nothing in plain view while locked').to.equal('locked');
    expect(heard).to.deep.equal(['put:from-laptop']);
    await onPhone.unlock(PASSPHRASE);
    expect(await text(onPhone, 'from-laptop')).to.equal('written on the laptop');
  });
});
