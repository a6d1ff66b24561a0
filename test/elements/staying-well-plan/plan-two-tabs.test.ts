/**
 * The plan open in two tabs (two stores on one database). The first tab's writes are
 * held back (its adapter refuses puts) until the second tab has saved, so each test
 * meets a write conflict every time, however busy the machine.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PLAN_RECORD_ID, planModel, type Plan } from '../../../src/core/plan.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createFaultyStore, openSecondTab } from '../../helpers/stores.js';
import {
  button,
  byLabel,
  lineTexts,
  planOn,
  section,
  seedPlan,
  storedPlan,
  typeInto,
} from './plan-test-kit.js';

afterEach(() => {
  localStorage.clear();
  return cleanupStores();
});

const plan = (lines: string[], notes = ''): Plan => ({
  template: 'staying-well',
  sections: { helps: { items: lines.map((text, i) => ({ id: `l${i}`, text })), notes } },
  contacts: [],
  reviewedAt: null,
});

const notice = (el: RkStayingWellPlan) =>
  el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '';

/** Two plan elements on one database; `here`'s writes fail until `release()`. */
async function twoTabs(seed?: Plan) {
  const { store: a, faults } = await createFaultyStore('plan-tabs');
  if (seed) await seedPlan(a, seed);
  const b = await openSecondTab(a);
  const here = await planOn(a);
  const there = await planOn(b);
  faults.fail('put', 'unavailable');
  const release = async () => {
    faults.clear();
    await here.flush();
  };
  return { a, b, here, there, release };
}

const line = (el: RkStayingWellPlan, n: number, of: number) =>
  byLabel(el, `Line ${n} of ${of} in Things that help`);

async function storedWhen(store: RecordStore, ok: (plan: Plan) => boolean): Promise<Plan> {
  await waitUntil(async () => {
    const stored = await storedPlan(store);
    return stored !== undefined && ok(stored);
  }, 'the plan was never stored as expected');
  return (await storedPlan(store))!;
}

describe('<rk-staying-well-plan> in two tabs', () => {
  it('different lines edited in each tab: both edits kept, no notice', async () => {
    const { a, here, there, release } = await twoTabs(plan(['walk', 'music']));
    await typeInto(line(here, 1, 2), ' daily');
    await typeInto(line(there, 2, 2), ' loud');
    await there.flush();
    await release();
    const stored = await storedPlan(a);
    expect(stored!.sections.helps.items.map((item) => item.text)).to.deep.equal([
      'walk daily',
      'music loud',
    ]);
    await waitUntil(
      () => lineTexts(there, 'helps')[0] === 'walk daily',
      'the other tab never showed it',
    );
    expect(lineTexts(here, 'helps')).to.deep.equal(['walk daily', 'music loud']);
    expect(notice(here) + notice(there)).to.equal('');
  });

  it('the same line edited in each tab keeps both texts and tells the person', async () => {
    const { a, here, there, release } = await twoTabs(plan(['walk']));
    await typeInto(line(here, 1, 1), ' daily');
    await typeInto(line(there, 1, 1), ' far');
    await there.flush();
    await release();
    expect((await storedPlan(a))!.sections.helps.items[0].text).to.equal('walk daily / walk far');
    expect(lineTexts(here, 'helps')).to.deep.equal(['walk daily / walk far']);
    expect(notice(here)).to.contain('both versions are kept');
    await expect(here).to.be.accessible();
  });

  it('notes written in both tabs keep both, a blank line apart', async () => {
    const { a, here, there, release } = await twoTabs();
    await typeInto(byLabel(here, 'Notes for Things that help'), 'from here');
    await typeInto(byLabel(there, 'Notes for Things that help'), 'from there');
    await there.flush();
    await release();
    expect((await storedPlan(a))!.sections.helps.notes).to.equal('from here\n\nfrom there');
    expect(notice(here)).to.contain('both versions are kept');
  });

  it('contacts added in both tabs at once are all kept', async () => {
    const { a, here, there, release } = await twoTabs();
    for (const [el, name] of [
      [here, 'Sam'],
      [there, 'Jo'],
    ] as const) {
      button(section(el, 'contacts'), 'Add a contact').click();
      await el.updateComplete;
      await typeInto(byLabel(el, 'Name'), name);
      button(section(el, 'contacts'), 'Save contact').click();
      await el.updateComplete;
    }
    await there.flush();
    await release();
    const stored = await storedWhen(a, (p) => p.contacts.length === 2);
    expect(stored.contacts.map((contact) => contact.name).sort()).to.deep.equal(['Jo', 'Sam']);
  });

  it('a line removed in the other tab while edited here stays, with the edit, and says so', async () => {
    const { a, here, there, release } = await twoTabs(plan(['walk', 'music']));
    await typeInto(line(here, 1, 2), ' daily');
    button(section(there, 'helps'), 'Remove, line 1 of 2').click();
    await there.flush();
    expect((await storedPlan(a))!.sections.helps.items.map((item) => item.text)).to.deep.equal([
      'music',
    ]);
    await release();
    const stored = await storedPlan(a);
    expect(stored!.sections.helps.items.map((item) => item.text)).to.deep.equal([
      'walk daily',
      'music',
    ]);
    expect(notice(here)).to.contain('both versions are kept');
  });

  it('a plan removed elsewhere while being edited comes back with the edit, and says so', async () => {
    const { a, b, here, release } = await twoTabs(plan(['walk']));
    await typeInto(line(here, 1, 1), ' daily');
    const current = (await b.collection(planModel).get(PLAN_RECORD_ID))!.record!;
    await b.collection(planModel).remove(PLAN_RECORD_ID, current.rev);
    await release();
    expect((await storedPlan(a))!.sections.helps.items[0].text).to.equal('walk daily');
    await waitUntil(() => notice(here).includes('the plan is back'), 'nobody was told');
    await expect(here).to.be.accessible();
  });

  it('the first save of a new plan is not taken for one brought back', async () => {
    const { a, here, release } = await twoTabs();
    await typeInto(byLabel(here, 'Notes for Things that help'), 'a first note');
    await release();
    expect((await storedPlan(a))!.sections.helps.notes).to.equal('a first note');
    expect(notice(here)).to.equal('');
  });

  it('erasing everything in the other tab while typing here leaves nothing, here or stored', async () => {
    const { a, b, here } = await twoTabs(plan(['walk']));
    await typeInto(line(here, 1, 1), ' daily');
    await b.purgeAll();
    await waitUntil(
      () => lineTexts(here, 'helps').length === 0,
      'the erased plan stayed on screen',
    );
    expect(here.pending).to.equal(false);
    await here.flush();
    expect(await storedPlan(a)).to.equal(undefined);
    expect(Object.keys(localStorage).filter((key) => key.includes('plan%3A'))).to.deep.equal([]);
  });
});
