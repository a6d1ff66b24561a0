import { expect } from '@open-wc/testing';
import type { RecordEnvelope } from '../../src/core/record.js';
import { createPlan, PLAN_RECORD_ID, type Plan } from '../../src/core/plan.js';
import { editApart } from './edit-apart.js';
import { closeDevices, device, newPerson } from './sync-devices.js';

const now = new Date().toISOString();
const planRecord = (data: Plan) => ({
  kind: 'plan',
  id: PLAN_RECORD_ID,
  schemaVersion: 1,
  createdAt: now,
  updatedAt: now,
  data,
});
const withWell = (plan: Plan, notes: string, items: { id: string; text: string }[]): Plan => ({
  ...plan,
  sections: { ...plan.sections, well: { notes, items } },
});

describe("the plan's merge in sync (real server)", () => {
  afterEach(closeDevices);

  it('a plan changed on two devices merges as two tabs do: both notes and both lines kept', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const start = withWell(createPlan(), 'Sleep by eleven', [{ id: 'walk', text: 'A walk' }]);
    const first = await phone.adapter.put(planRecord(start), null);
    const onPhone = withWell(start, 'Sleep by eleven, phone off', [
      { id: 'walk', text: 'A walk' },
      { id: 'tea', text: 'Tea with Sam' },
    ]);
    const onLaptop = withWell(start, 'Sleep by eleven, no coffee after four', [
      { id: 'walk', text: 'A walk by the river' },
    ]);
    let keptBoth = 0;
    laptop.client.addEventListener('change', () => (keptBoth = laptop.client.status.keptBoth));
    await editApart([phone, laptop], async () => {
      await phone.adapter.put({ ...first, data: onPhone }, first.rev);
      await laptop.adapter.put({ ...first, data: onLaptop }, first.rev);
    });

    const merged = (await laptop.adapter.get('plan', PLAN_RECORD_ID)) as RecordEnvelope<Plan>;
    expect((await phone.adapter.get('plan', PLAN_RECORD_ID)) as RecordEnvelope).to.deep.equal(
      merged,
    );
    const well = merged.data.sections.well!;
    expect(well.notes)
      .to.contain('Sleep by eleven, no coffee after four')
      .and.contain('Sleep by eleven, phone off');
    expect(well.items.map((item) => item.text)).to.deep.equal([
      'A walk by the river',
      'Tea with Sam',
    ]);
    expect(keptBoth, 'the person is told both notes were kept').to.equal(1);
    expect(await laptop.adapter.keptAside()).to.deep.equal([]);
  });
});
