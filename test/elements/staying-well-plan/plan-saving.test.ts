import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PLAN_RECORD_ID, planModel } from '../../../src/core/plan.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import {
  cleanupStores,
  createFaultyStore,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { $, byLabel, loaded, planOn, storedPlan, typeInto } from './plan-test-kit.js';

afterEach(cleanupStores);

function pretendPageIsHidden(hidden: boolean): void {
  if (hidden)
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  else delete (document as unknown as Record<string, unknown>).visibilityState;
}

const now = new Date().toISOString();

describe('<rk-staying-well-plan> saving', () => {
  afterEach(() => pretendPageIsHidden(false));

  it('keeps the last keystrokes when the page is hidden right after typing (pagehide)', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for Early signs'), 'Staying in bed');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(
      async () => (await storedPlan(store))?.sections['early-signs']?.notes === 'Staying in bed',
    );
  });

  it('keeps the last keystrokes when the tab is switched away (visibilitychange)', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for After a crisis'), 'A quiet week');
    pretendPageIsHidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(
      async () => (await storedPlan(store))?.sections['after-crisis']?.notes === 'A quiet week',
    );
  });

  it('keeps the last keystrokes when the element is removed mid-edit', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for Things that help'), 'Calling my nan');
    el.remove();
    await waitUntil(
      async () => (await storedPlan(store))?.sections.helps?.notes === 'Calling my nan',
    );
  });

  it('shows a store failure, keeps the text, and a retry saves it', async () => {
    const { store, faults } = await createFaultyStore('plan-save');
    const el = await planOn(store);
    faults.fail('put', 'quota-exceeded');
    const failed = oneEvent(el, 'rk-storage-error');
    await typeInto(byLabel(el, 'Notes for When I am well'), 'Gardening');
    await el.flush().catch(() => undefined);
    const { detail } = await failed;
    expect(detail.error.code).to.equal('quota-exceeded');
    expect(detail.retryable).to.equal(true);
    expect(byLabel(el, 'Notes for When I am well').value, 'text stays on screen').to.equal(
      'Gardening',
    );
    expect(el.pending, 'still waiting to be saved').to.equal(true);
    expect(await storedPlan(store)).to.equal(undefined);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    expect(status.state, 'the failure is visible').to.equal('error');
    expect(status.errorCode).to.equal('quota-exceeded');

    faults.clear();
    await typeInto(byLabel(el, 'Notes for When I am well'), ' and walks');
    await el.flush();
    expect((await storedPlan(store))!.sections.well.notes).to.equal('Gardening and walks');
  });

  it('a retry of a failed save writes the newest text, never older text', async () => {
    const { store, faults } = await createFaultyStore('plan-save');
    const el = await planOn(store);
    faults.fail('put', 'unavailable', { times: 1 });
    await typeInto(byLabel(el, 'Notes for Early signs'), 'one');
    await el.flush().catch(() => undefined);
    await typeInto(byLabel(el, 'Notes for Early signs'), ' two');
    el.dispatchEvent(
      new CustomEvent('rk-retry-requested', { bubbles: true, composed: true, detail: {} }),
    );
    await waitUntil(
      async () => (await storedPlan(store))?.sections['early-signs']?.notes === 'one two',
    );
    await el.flush();
    expect((await storedPlan(store))!.sections['early-signs'].notes).to.equal('one two');
  });

  it('shows a stored plan that fails validation read-only, with a note, and never writes it', async () => {
    const store = await createTestStore('plan-save');
    const bad = {
      template: 'staying-well',
      sections: { well: { items: 'oops', notes: 'Still readable' } },
      contacts: [],
      reviewedAt: null,
    };
    const written = await store.adapter.put(
      {
        id: PLAN_RECORD_ID,
        kind: 'plan',
        schemaVersion: 1,
        createdAt: now,
        updatedAt: now,
        data: bad,
      },
      null,
    );
    const el = await planOn(store);
    expect($(el, '.note[role="note"]').textContent).to.contain('could not be read');
    expect(el.shadowRoot!.querySelector('.editor')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input, textarea')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Still readable');
    expect((await store.adapter.get('plan', PLAN_RECORD_ID))!).to.deep.include({
      rev: written.rev,
    });
    await expect(el).to.be.accessible();
  });

  it('shows a plan saved by a newer version read-only and leaves it untouched', async () => {
    const store = await createTestStore('plan-save');
    const data = {
      template: 'staying-well',
      sections: { helps: { items: [{ id: 'a', text: 'Swimming' }], notes: '' } },
      contacts: [],
      reviewedAt: null,
      future: true,
    };
    const written = await store.adapter.put(
      {
        id: PLAN_RECORD_ID,
        kind: 'plan',
        schemaVersion: planModel.schemaVersion + 1,
        createdAt: now,
        updatedAt: now,
        data,
      },
      null,
    );
    const el = await planOn(store);
    expect($(el, '.note[role="note"]').textContent).to.contain('newer version');
    expect(el.shadowRoot!.textContent).to.contain('Swimming');
    window.dispatchEvent(new Event('pagehide'));
    el.remove();
    expect((await store.adapter.get('plan', PLAN_RECORD_ID))!).to.deep.include({
      rev: written.rev,
      schemaVersion: 2,
    });
  });

  it('shows the plan without controls when the host asks for read-only', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for When I am well'), 'Morning tea');
    await el.flush();
    el.remove();
    const view = await planOn(store, undefined, true);
    expect(view.shadowRoot!.querySelector('input, textarea')).to.equal(null);
    expect(view.shadowRoot!.textContent).to.contain('Morning tea');
    expect(view.shadowRoot!.textContent).to.not.contain('I have looked over my plan');
    await expect(view).to.be.accessible();
  });

  it('picks up a change made in another tab when nothing is waiting here', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    const other = await openSecondTab(store);
    const plan = {
      template: 'staying-well' as const,
      sections: { well: { items: [], notes: 'From the other tab' } },
      contacts: [],
      reviewedAt: null,
    };
    await other.collection(planModel).create(plan, { id: PLAN_RECORD_ID });
    await waitUntil(
      () => byLabel(el, 'Notes for When I am well').value === 'From the other tab',
      'other tab change shown',
      { timeout: 3000 },
    );
    // Typing here then saves over it without a conflict error.
    await typeInto(byLabel(el, 'Notes for When I am well'), '!');
    await el.flush();
    expect((await storedPlan(store))!.sections.well.notes).to.equal('From the other tab!');
  });

  it('keeps typing here when another tab saved in between (no lost keystrokes)', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for When I am well'), 'first');
    await el.flush();
    const other = await openSecondTab(store);
    await typeInto(byLabel(el, 'Notes for When I am well'), ' then more');
    // Read here, not before typing: on a busy machine the typing may already be autosaved.
    const current = (await other.collection(planModel).get(PLAN_RECORD_ID))!.record!;
    await other
      .collection(planModel)
      .update(PLAN_RECORD_ID, { ...current.data, reviewedAt: now }, current.rev);
    await el.flush();
    expect((await storedPlan(store))!.sections.well.notes).to.equal('first then more');
  });

  it('works inside a page with keyboard only from the first Tab', async () => {
    const store = await createTestStore('plan-save');
    const el = await fixture<RkStayingWellPlan>(
      html`<rk-staying-well-plan .store=${store}></rk-staying-well-plan>`,
    );
    await loaded(el);
    el.focus();
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="template"]')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.not.equal(null);
  });

  it('drops what is on screen when everything is erased from another tab', async () => {
    const store = await createTestStore('plan-save');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for When I am well'), 'saved once');
    await el.flush();
    const other = await openSecondTab(store);
    await other.purgeAll();
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('.editor') &&
        byLabel(el, 'Notes for When I am well').value === '',
      'the erased plan stayed on screen',
    );
    await el.flush();
    expect(await storedPlan(store)).to.equal(undefined);
    expect(el.pending).to.equal(false);
  });
});
