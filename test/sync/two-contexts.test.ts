import { expect, waitUntil } from '@open-wc/testing';
import { closeDeviceContexts, openDevice, type DeviceContext } from './device-context.js';
import { newPerson } from './sync-devices.js';

const TRACKER = 'rk-goal-tracker >>>';

/** Adds a goal through the device's form, with the keyboard, as the person would. */
async function addGoal(device: DeviceContext, title: string): Promise<void> {
  await device.type(`${TRACKER} #title-new`, title);
  await device.press('Space', `${TRACKER} #new-chime-hope`);
  await device.press('Enter', `${TRACKER} [part="add-form"] button[type="submit"]`);
}

/** The id of the goal titled `title` on `device`. */
async function goalId(device: DeviceContext, title: string): Promise<string> {
  const records = await device.call('records');
  const [key] = Object.entries(records).find(
    ([, data]) => (data as { title?: string }).title === title,
  )!;
  return key.replace('goal/', '');
}

/** Deep equality regardless of key order (the server's JSON does not keep it). */
function same(a: unknown, b: unknown): boolean {
  try {
    expect(a).to.deep.equal(b);
    return true;
  } catch {
    return false;
  }
}

/** Waits until both devices have pushed everything and hold the same records; returns them. */
async function converged(a: DeviceContext, b: DeviceContext): Promise<Record<string, unknown>> {
  let records: Record<string, unknown> = {};
  await waitUntil(
    async () => {
      const [pendingA, pendingB] = [await a.call('pending'), await b.call('pending')];
      const [onA, onB] = [await a.call('records'), await b.call('records')];
      records = onA;
      return pendingA === 0 && pendingB === 0 && same(onA, onB);
    },
    'the devices never converged',
    { timeout: 20000 },
  );
  return records;
}

const shows = (device: DeviceContext, title: string) => async () =>
  (await device.call('goalTitles')).includes(title);

describe('two browser contexts as two devices of one person (real server)', () => {
  afterEach(closeDeviceContexts);

  it('a goal added on the phone appears in the laptop’s open tracker by itself', async () => {
    const person = newPerson();
    const [phone, laptop] = await Promise.all([openDevice(person), openDevice(person)]);
    expect(await laptop.call('goalTitles')).to.deep.equal([]);
    await addGoal(phone, 'Walk to the park');
    await waitUntil(shows(laptop, 'Walk to the park'), 'the laptop’s tracker never showed it');
    await waitUntil(async () => (await laptop.call('syncLine')).startsWith('Synced'), 'synced');
    expect(await laptop.call('syncLine')).to.match(/^Synced with your other devices at \d\d?:\d\d/);
    expect(await laptop.call('records')).to.deep.equal(await phone.call('records'));
  });

  it('both offline, both edit (same text, different fields, a removal against an edit), both come back: nothing is lost and the person is told', async () => {
    const person = newPerson();
    const [phone, laptop] = await Promise.all([openDevice(person), openDevice(person)]);
    await addGoal(phone, 'Sleep better');
    await waitUntil(shows(laptop, 'Sleep better'), 'the laptop never got the first goal');
    await addGoal(phone, 'Cook on Sundays');
    await waitUntil(shows(laptop, 'Cook on Sundays'), 'the laptop never got the second goal');
    const [sleep, cook] = [
      await goalId(phone, 'Sleep better'),
      await goalId(phone, 'Cook on Sundays'),
    ];
    await Promise.all([phone.offline(), laptop.offline()]);

    await phone.call('editGoal', sleep, { notes: 'No screens after ten', why: 'To feel rested' });
    await laptop.call('editGoal', sleep, { notes: 'A warm drink at nine', strengths: 'Routine' });
    await phone.call('removeGoal', cook);
    await laptop.call('editGoal', cook, { why: 'I like feeding friends' });
    await waitUntil(
      async () => (await phone.call('status')).state === 'offline',
      'the phone never said it was offline',
    );
    expect(await phone.call('syncLine')).to.contain('when you are back online');

    await phone.online();
    await waitUntil(async () => (await phone.call('pending')) === 0, 'the phone never pushed');
    await laptop.online();
    const records = await converged(phone, laptop);
    const goals = Object.values(records) as Record<string, unknown>[];
    expect(goals).to.have.length(2);
    const slept = goals.find((goal) => goal.title === 'Sleep better')!;
    expect(slept).to.include({
      notes: 'A warm drink at nine\n\nNo screens after ten',
      why: 'To feel rested',
      strengths: 'Routine',
    });
    expect(
      goals.find((goal) => goal.title === 'Cook on Sundays'),
      'the edit beat the removal',
    ).to.include({ why: 'I like feeding friends' });
    expect((await laptop.call('status')).keptBoth).to.equal(1);
    expect(await laptop.call('syncLine')).to.contain('Both versions were kept');
    await waitUntil(shows(phone, 'Cook on Sundays'), 'the phone’s tracker never showed it back');
  });

  it('a reload of the laptop in the middle of pushing loses nothing and doubles nothing', async () => {
    const person = newPerson();
    const [phone, laptop] = await Promise.all([openDevice(person), openDevice(person)]);
    await laptop.offline();
    await laptop.call('addNotes', 250, 'offline');
    expect(await laptop.call('pending')).to.equal(250);
    await laptop.reload({ duringPush: true });
    await waitUntil(async () => (await laptop.call('pending')) === 0, 'the laptop never pushed', {
      timeout: 20000,
    });
    const records = await converged(phone, laptop);
    expect(Object.keys(records)).to.have.length(250);
    expect(records['note/offline-249']).to.include({ text: 'offline 249' });
  });
});
