import { expect } from '@open-wc/testing';
import { createPlan, PLAN_RECORD_ID, planModel, type Plan } from '../../src/core/plan.js';
import { createGoal, goalModel } from '../../src/core/goal.js';
import { emptyEntry, entryModel } from '../../src/core/entry.js';
import { RecordStore } from '../../src/storage/record-store.js';
import { isSealedData } from '../../src/storage/sealed-data.js';
import { isCorrupt, type StorageAdapter } from '../../src/storage/storage-adapter.js';
import { uniqueNamespace } from '../helpers/stores.js';
import { optionalOn, PASSPHRASE } from './sealed-devices.js';
import { closeDevices, device, newPerson, serverText, type Device } from './sync-devices.js';

const GOAL = 'GOAL-written-plain-on-the-phone';
const PLAN = 'PLAN-written-plain-on-the-phone';
const ENTRY = 'ENTRY-written-plain-on-the-phone';
const FROM_B = 'written-protected-on-the-laptop';

/** The phone's goal, plan and journal entry, written while it had no passphrase. */
async function writePlain(adapter: StorageAdapter): Promise<{ goal: string; entry: string }> {
  const store = new RecordStore(adapter);
  const goal = await store
    .collection(goalModel)
    .create(createGoal({ title: GOAL, chime: ['hope'] }));
  const plan: Plan = {
    ...createPlan(),
    sections: { ...createPlan().sections, well: { notes: PLAN, items: [] } },
  };
  await store.collection(planModel).create(plan, { id: PLAN_RECORD_ID });
  const entry = await store
    .collection(entryModel)
    .create({ ...emptyEntry('2026-12-01', new Date().toISOString()), body: ENTRY });
  return { goal: goal.id, entry: entry.id };
}

/** What a person sees of the three records through `adapter` (throws on one shown as unreadable). */
async function readAll(adapter: StorageAdapter, ids: { goal: string; entry: string }) {
  const found = [
    await adapter.get('goal', ids.goal),
    await adapter.get('plan', PLAN_RECORD_ID),
    await adapter.get('entry', ids.entry),
  ];
  return found.map((record) => {
    if (!record || isCorrupt(record)) throw new Error(`unreadable: ${JSON.stringify(record)}`);
    return JSON.stringify(record.data);
  });
}

/** Whether the device's own IndexedDB holds each of the three records sealed. */
async function sealedLocally(one: Device, ids: { goal: string; entry: string }) {
  const raw = [
    await one.local.get('goal', ids.goal),
    await one.local.get('plan', PLAN_RECORD_ID),
    await one.local.get('entry', ids.entry),
  ];
  return raw.map((record) => !!record && !isCorrupt(record) && isSealedData(record.data));
}

/** What a fresh device pulls from the server: every body of the three kinds sealed, no plaintext. */
async function expectServerSealed(person: string): Promise<void> {
  const text = await serverText(person);
  for (const marker of [GOAL, PLAN, ENTRY, FROM_B]) expect(text).not.to.contain(marker);
  const { records } = JSON.parse(text) as { records: { kind: string; body: unknown }[] };
  const mine = records.filter((record) => ['goal', 'plan', 'entry'].includes(record.kind));
  // The phone's three and the laptop's goal.
  expect(mine.map((record) => record.kind).sort()).to.deep.equal(['entry', 'goal', 'goal', 'plan']);
  expect(mine.every((record) => isSealedData((record.body as { data?: unknown }).data))).to.equal(
    true,
  );
}

describe('encryption="optional": records kept plain on one device, then protected on another (real server)', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's timeout on a busy machine.
  this.timeout(120_000);
  afterEach(closeDevices);

  /**
   * The phone is used without a passphrase and syncs its records plain; the laptop, set up
   * offline, protects its data (its own records sealed) and then syncs: it pushes the keys
   * and pulls the phone's plain copies. The phone's next round brings it the keys.
   */
  async function plainPhoneProtectedLaptop(person: string, namespace: string) {
    const phone = await device(person);
    const onPhone = optionalOn(phone, namespace);
    expect(await onPhone.hasPassphrase()).to.equal(false);
    const ids = await writePlain(onPhone);
    await phone.client.syncNow();
    expect(await serverText(person)).to.contain(GOAL);

    const laptop = await device(person);
    laptop.network.online = false;
    const onLaptop = optionalOn(laptop, namespace);
    await onLaptop.create(PASSPHRASE);
    await new RecordStore(onLaptop)
      .collection(goalModel)
      .create(createGoal({ title: FROM_B, chime: ['hope'] }));
    laptop.network.online = true;
    await laptop.client.syncNow();
    expect(laptop.client.status).to.include({ pending: 0 });
    await phone.client.syncNow();
    expect(await onPhone.hasPassphrase(), "the laptop's passphrase reached the phone").to.equal(
      true,
    );
    expect(onPhone.isLocked()).to.equal(true);
    return { phone, onPhone, laptop, onLaptop, ids };
  }

  /** After the phone unlocked: its records read on both devices, sealed in both, and only ciphertext on the server. */
  async function expectSealedEverywhere(
    person: string,
    devices: [Device, StorageAdapter][],
    ids: { goal: string; entry: string },
  ): Promise<void> {
    for (const [one] of devices) await one.client.syncNow();
    for (const [one] of devices) await one.client.syncNow();
    for (const [one, adapter] of devices) {
      expect(one.client.status).to.include({ pending: 0 });
      const [goal, plan, entry] = await readAll(adapter, ids);
      expect(goal).to.contain(GOAL);
      expect(plan).to.contain(PLAN);
      expect(entry).to.contain(ENTRY);
      expect(await sealedLocally(one, ids), 'sealed in its IndexedDB').to.deep.equal([
        true,
        true,
        true,
      ]);
    }
    await expectServerSealed(person);
  }

  it("unlocking the phone with the laptop's passphrase seals what it wrote plain; both devices read it, the server holds ciphertext only", async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const { phone, onPhone, laptop, onLaptop, ids } = await plainPhoneProtectedLaptop(
      person,
      namespace,
    );

    // Only the device that kept them plain takes plain records: the laptop shows its copies unreadable until then.
    expect(
      isCorrupt((await onLaptop.get('goal', ids.goal))!),
      'not readable plain on the laptop',
    ).to.equal(true);

    await onPhone.unlock(PASSPHRASE);
    await onPhone.whenUnlocked();
    await expectSealedEverywhere(
      person,
      [
        [phone, onPhone],
        [laptop, onLaptop],
      ],
      ids,
    );

    // The plain era is over: a plain record found on the phone now is no longer taken as the person's.
    expect(await phone.adapter.keptPlain(), 'the note is gone').to.equal(false);
    const now = new Date().toISOString();
    const planted = {
      kind: 'goal',
      id: 'planted',
      schemaVersion: 1,
      createdAt: now,
      updatedAt: now,
    };
    await phone.local.put({ ...planted, data: { title: 'PLANTED' } }, null);
    expect(isCorrupt((await onPhone.get('goal', 'planted'))!), 'plain is unreadable').to.equal(
      true,
    );
  });

  it('the same after a reload between the keys arriving and the unlock', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('person');
    const { phone, laptop, onLaptop, ids } = await plainPhoneProtectedLaptop(person, namespace);

    phone.client.stop();
    await phone.adapter.close();
    const reloaded = await device(person, { namespace: phone.namespace });
    const onReloaded = optionalOn(reloaded, namespace);
    expect(await onReloaded.hasPassphrase()).to.equal(true);
    await onReloaded.unlock(PASSPHRASE);
    await onReloaded.whenUnlocked();
    await expectSealedEverywhere(
      person,
      [
        [reloaded, onReloaded],
        [laptop, onLaptop],
      ],
      ids,
    );
  });
});
