import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createGoal, goalModel, type Goal } from '../../../src/core/goal.js';
import { localDay } from '../../../src/core/calendar-day.js';
import { NEW_GOAL_DRAFT_ID, newGoalDraftModel } from '../../../src/core/goal-draft.js';
import { cleanupStores, createFaultyStore, createTestStore } from '../../helpers/stores.js';
import {
  all,
  openGoal,
  q,
  stored,
  tracker,
  typeInto,
  waitForStored,
} from './goal-tracker-fixtures.js';

afterEach(cleanupStores);

const goal = (title: string, extra: Partial<Goal> = {}) => ({
  title,
  chime: ['hope' as const],
  ...extra,
});
const titles = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('[part="goal-toggle"]')].map((b) => b.textContent!.trim());

describe('rk-goal-tracker: removing and undo', () => {
  it('removes a goal, offers Undo by keyboard, and brings it back exactly', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal(goal('Swim once a week', { why: 'It clears my head' }));
    await el.addGoal(goal('Phone Sam'));
    await el.updateComplete;
    await openGoal(el, 'Swim once a week');
    const removed = oneEvent(el, 'rk-goal-removed');
    q(el, '[part="remove-button"]').click();
    const { detail } = await removed;
    expect(detail.goal.title).to.equal('Swim once a week');
    expect((await stored(store)).map((g) => g.title)).to.deep.equal(['Phone Sam']);
    const notice = q(el, 'rk-undo-notice');
    await waitUntil(() => notice.shadowRoot!.activeElement?.getAttribute('part') === 'undo-button');
    expect(notice.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Removed ‘Swim once a week’.',
    );
    await expect(el).to.be.accessible();

    const restored = oneEvent(el, 'rk-goal-restored');
    await sendKeys({ press: 'Enter' });
    expect((await restored).detail.record.id).to.equal(detail.record.id);
    const goals = await waitForStored(store, (g) => g.length === 2);
    expect(goals.find((g) => g.title === 'Swim once a week')!.why).to.equal('It clears my head');
    await expect(el).to.be.accessible();

    const fresh = await tracker(store);
    expect(titles(fresh)).to.have.members(['Swim once a week', 'Phone Sam']);
  });

  it('keeps the goal removed after a reload when Undo was not chosen', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const record = await el.addGoal(goal('Learn to drive'));
    await el.removeGoal(record.id);
    const fresh = await tracker(store);
    expect(titles(fresh)).to.deep.equal([]);
    expect(q(fresh, '[part="intro"]')).to.exist;
  });
});

describe('rk-goal-tracker: the "add a goal" form is kept', () => {
  const keptDraft = async (store: Awaited<ReturnType<typeof createTestStore>>) =>
    (await store.collection(newGoalDraftModel).get(NEW_GOAL_DRAFT_ID))?.record?.data;

  it('keeps what was typed across a page close, until the goal is added', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await typeInto(q(el, '#title-new'), 'Walk by the river');
    q(el, '#new-chime-hope').focus();
    await sendKeys({ press: 'Space' });
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await keptDraft(store))?.title === 'Walk by the river');
    expect(await keptDraft(store)).to.deep.equal({ title: 'Walk by the river', chime: ['hope'] });
    el.remove();

    const again = await tracker(store);
    await waitUntil(() => q<HTMLInputElement>(again, '#title-new').value !== '');
    expect(q<HTMLInputElement>(again, '#title-new').value).to.equal('Walk by the river');
    expect(q<HTMLInputElement>(again, '#new-chime-hope').checked).to.equal(true);
    await expect(again).to.be.accessible();

    const created = oneEvent(again, 'rk-goal-created');
    q(again, '[part="add-form"] button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.goal.title).to.equal('Walk by the river');
    await waitUntil(async () => (await keptDraft(store)) === undefined, 'the draft stayed');
    const fresh = await tracker(store);
    expect(q<HTMLInputElement>(fresh, '#title-new').value).to.equal('');
    expect(titles(fresh)).to.deep.equal(['Walk by the river']);
  });

  it('removes the kept form when the person clears it', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await typeInto(q(el, '#title-new'), 'Read');
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await keptDraft(store))?.title === 'Read');
    const title = q<HTMLInputElement>(el, '#title-new');
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await keptDraft(store)) === undefined, 'the draft stayed');
  });
});

describe('rk-goal-tracker: finding and looking back', () => {
  it('filters by CHIME process and by status', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Choir', chime: ['connectedness'] });
    await el.addGoal({ title: 'Allotment', chime: ['meaning', 'hope'], status: 'achieved' });
    await el.addGoal({ title: 'Budget', chime: ['empowerment'], status: 'paused' });
    await el.updateComplete;
    const chime = q<HTMLSelectElement>(el, '#filter-chime');
    chime.focus();
    chime.value = 'hope';
    chime.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Allotment']);
    chime.value = '';
    chime.dispatchEvent(new Event('change'));
    const status = q<HTMLSelectElement>(el, '#filter-status');
    status.value = 'paused';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Budget']);
    expect(el.shadowRoot!.textContent).to.contain('Showing 1 of 3 goals.');
    await expect(el).to.be.accessible();
  });

  it('counts goals and steps per CHIME process in a table', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({
      title: 'Choir',
      chime: ['connectedness', 'hope'],
      steps: [
        { id: 'a', text: 'Find one', done: true, doneAt: '2026-01-01T00:00:00.000Z' },
        { id: 'b', text: 'Go', done: false, doneAt: null },
      ],
    });
    await el.updateComplete;
    const rows = all(el, '[part="overview-table"] tbody tr').map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows[0]).to.deep.equal(['Connectedness', '1', '0', '1 of 2']);
    expect(rows[1]).to.deep.equal(['Hope and optimism', '1', '0', '1 of 2']);
    expect(rows[2]).to.deep.equal(['Identity', '0', '0', '0 of 0']);
  });

  it('marks goals whose review date has come, gently', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal(goal('Look for volunteering', { reviewOn: '2020-01-01' }));
    await el.addGoal(goal('Later one', { reviewOn: '2999-01-01' }));
    await el.addGoal(goal('Done one', { reviewOn: '2020-01-01', status: 'achieved' }));
    await el.addGoal(goal('Today', { reviewOn: localDay(new Date()) }));
    await el.updateComplete;
    const due = all(el, '[part="goal"]').filter((li) =>
      li.querySelector('.meta [part="review-due"]'),
    );
    expect(
      due.map((li) => li.querySelector('[part="goal-toggle"]')!.textContent!.trim()),
    ).to.deep.equal(['Look for volunteering', 'Today']);
    expect(el.shadowRoot!.textContent).to.contain('2 goals have reached');
    expect(el.shadowRoot!.textContent).to.not.match(/\b(overdue|late|missed|failed)\b/i);
    await expect(el).to.be.accessible();
  });

  it('shows every goal of a long list, the first ones first', async () => {
    const store = await createTestStore('goals');
    const now = Date.UTC(2026, 0, 1);
    await store.adapter.importAll(
      Array.from({ length: 45 }, (_, i) => ({
        id: `g${String(i).padStart(2, '0')}`,
        kind: 'goal',
        schemaVersion: 1,
        createdAt: new Date(now + i * 1000).toISOString(),
        updatedAt: new Date(now + i * 1000).toISOString(),
        rev: '1-seed',
        data: createGoal(goal(`Goal ${i + 1}`)),
      })),
      { mode: 'merge' },
    );
    const el = await tracker(store);
    await waitUntil(() => all(el, '[part="goal"]').length === 45, 'the rest never followed', {
      timeout: 5000,
    });
    expect(titles(el)[44]).to.equal('Goal 45');
    await el.focusGoal('g44');
    expect(el.shadowRoot!.activeElement?.id).to.equal('toggle-g44');
  });

  it('focusGoal opens a goal and moves focus to it', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const record = await el.addGoal(goal('Bake bread'));
    await el.focusGoal(record.id);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`toggle-${record.id}`);
    expect(q(el, `#title-${record.id}`)).to.exist;
  });

  it('prints every goal expanded, as text', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal(
      goal('Bake bread', {
        why: 'Smells like home',
        steps: [{ id: 's', text: 'Buy flour', done: false, doneAt: null }],
      }),
    );
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    const print = q(el, '.print-only');
    expect(print.textContent)
      .to.contain('Bake bread')
      .and.contain('Smells like home')
      .and.contain('Buy flour');
    expect(print.querySelector('button, input')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(q(el, '.print-only')).to.equal(null);
  });
});

describe('rk-goal-tracker: damaged data, read-only and faults', () => {
  it('shows a goal it cannot safely edit read-only, never overwrites it, and the rest still works', async () => {
    const store = await createTestStore('goals');
    const now = new Date().toISOString();
    const newer = {
      id: 'newer',
      kind: 'goal',
      schemaVersion: 9,
      createdAt: now,
      updatedAt: now,
      data: { title: 'From the future', chime: ['hope'], shiny: true },
    };
    const broken = {
      id: 'broken',
      kind: 'goal',
      schemaVersion: 1,
      createdAt: now,
      updatedAt: now,
      data: { title: 'Half a goal', chime: 'hope' },
    };
    const newerSaved = await store.adapter.put(newer, null);
    await store.adapter.put(broken, null);
    const el = await tracker(store);
    const notes = all(el, '.goal.readonly .note').map((p) => p.textContent);
    expect(notes).to.have.length(2);
    expect(notes.join(' ')).to.contain('newer version').and.contain('could not be read');
    expect(el.shadowRoot!.textContent).to.contain('From the future').and.contain('Half a goal');
    await expect(el).to.be.accessible();

    await el.addGoal(goal('A new one'));
    expect((await stored(store)).map((g) => g.title)).to.deep.equal(['A new one']);
    const still = await store.adapter.get('goal', 'newer');
    expect(still).to.deep.equal(newerSaved);
  });

  it('readonly shows goals as text with no way to change them', async () => {
    const store = await createTestStore('goals');
    await store
      .collection(goalModel)
      .create(createGoal({ ...goal('Walk'), why: 'Fresh air', reviewOn: '2026-03-03' }));
    const el = await tracker(store, true);
    expect(q(el, '[part="add-form"]')).to.equal(null);
    expect(q(el, '[part="goal-summary"]').textContent)
      .to.contain('Fresh air')
      .and.contain('3 March 2026')
      .and.not.contain('2026-03-03');
    expect(all(el, 'textarea, input:not([type="checkbox"])')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('when saving fails the text stays, the person is told, and a retry saves it', async () => {
    const { store, faults } = await createFaultyStore('goals');
    const el = await tracker(store);
    await el.addGoal(goal('Write to my MP'));
    await el.updateComplete;
    const id = await openGoal(el, 'Write to my MP');
    faults.fail('put', 'quota-exceeded');
    const failed = oneEvent(el, 'rk-storage-error');
    await typeInto(q(el, `#notes-${id}`), 'About the bus route');
    await sendKeys({ press: 'Tab' });
    const { detail } = await failed;
    expect(detail.error.code).to.equal('quota-exceeded');
    expect(detail.retryable).to.equal(true);
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, `#notes-${id}`).value).to.equal('About the bus route');
    expect((await stored(store))[0].notes).to.equal('');
    await expect(el).to.be.accessible();

    faults.clear();
    const updated = oneEvent(el, 'rk-goal-updated');
    el.dispatchEvent(new CustomEvent('rk-retry-requested', { detail: {} }));
    expect((await updated).detail.goal.notes).to.equal('About the bus route');
    await waitForStored(store, (g) => g[0]?.notes === 'About the bus route');
  });

  it('when adding fails the typed goal stays in the form until a retry saves it', async () => {
    const { store, faults } = await createFaultyStore('goals');
    const el = await tracker(store);
    faults.fail('put', 'unavailable');
    const failed = oneEvent(el, 'rk-storage-error');
    await typeInto(q(el, '#title-new'), 'Get out more');
    q(el, '#new-chime-hope').click();
    q<HTMLButtonElement>(el, '[part="add-form"] button[type="submit"]').click();
    await failed;
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#title-new').value).to.equal('Get out more');
    faults.clear();
    const created = oneEvent(el, 'rk-goal-created');
    el.dispatchEvent(new CustomEvent('rk-retry-requested', { detail: {} }));
    expect((await created).detail.goal.title).to.equal('Get out more');
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#title-new').value).to.equal('');
    expect(await stored(store)).to.have.length(1);
  });
});
