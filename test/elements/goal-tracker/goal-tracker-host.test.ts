import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/provider/define.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import type { RkGoalTracker } from '../../../src/elements/goal-tracker/goal-tracker.js';
import type { RkSaveStatus } from '../../../src/elements/save-status/rk-save-status.js';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import {
  cleanupStores,
  createFaultyStore,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { openGoal, q, stored, tracker, waitForStored } from './goal-tracker-fixtures.js';

afterEach(cleanupStores);

describe('rk-goal-tracker: for the host', () => {
  it('takes the host’s example ideas and words', async () => {
    const store = await createTestStore('goals');
    const el = await fixture<RkGoalTracker>(
      html`<rk-goal-tracker
        .store=${store}
        .ideas=${{ hope: ['Come to our Thursday café'] }}
        .strings=${{ heading: 'Your goals with us', addGoal: 'Save my goal' }}
      ></rk-goal-tracker>`,
    );
    await waitUntil(() => q(el, '[part="intro"]'));
    expect(q(el, '[part="intro"]').textContent).to.contain('Come to our Thursday café');
    expect(q(el, '[part="intro"]').textContent).to.not.contain('Meet a friend for a coffee');
    expect(q(el, '[part="header"] h2').textContent).to.contain('Your goals with us');
    expect(q(el, '[part="add-form"] button[type="submit"]').textContent!.trim()).to.equal(
      'Save my goal',
    );
  });

  it('puts its heading at the host’s level and its goals one below', async () => {
    const store = await createTestStore('goals');
    const el = await fixture<RkGoalTracker>(
      html`<rk-goal-tracker .store=${store} heading-level="3"></rk-goal-tracker>`,
    );
    await waitUntil(() => q(el, '[part="intro"]'));
    await el.addGoal({ title: 'Sing', chime: ['hope'] });
    await el.updateComplete;
    expect(q(el, '[part="header"] h3')).to.exist;
    expect(q(el, '[part="goal"] [role="heading"]').getAttribute('aria-level')).to.equal('4');
  });

  it('works under <rk-provider>, sharing its store', async () => {
    const store = await createTestStore('goals');
    const provider = await fixture(
      html`<rk-provider .store=${store}><rk-goal-tracker></rk-goal-tracker></rk-provider>`,
    );
    const el = provider.querySelector('rk-goal-tracker')!;
    await waitUntil(() => q(el, '[part="intro"]'));
    await el.addGoal({ title: 'Garden', chime: ['meaning'] });
    expect((await stored(store)).map((g) => g.title)).to.deep.equal(['Garden']);
  });

  it('draws the overview as a chart only when asked, with the table still there', async () => {
    setChartAnimation(false);
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({
      title: 'Choir',
      chime: ['connectedness'],
      steps: [{ id: 'a', text: 'Go', done: true, doneAt: null }],
    });
    await el.updateComplete;
    expect(q(el, 'canvas')).to.equal(null);
    const toggle = q(el, '[part="chart-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    const chart = () =>
      (
        el as unknown as {
          chart: {
            controller?: { status: string; chart?: { data: { datasets: { data: number[] }[] } } };
          };
        }
      ).chart.controller;
    await waitUntil(() => chart()?.status === 'ready', 'the chart was never drawn', {
      timeout: 8000,
    });
    expect(chart()!.chart!.data.datasets.map((d) => d.data[0])).to.deep.equal([1, 1]);
    const canvas = q(el, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('table above');
    expect(q(el, '[part="overview-table"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows goals another tab adds, changes and removes', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const other = (await openSecondTab(store)).collection(goalModel);
    const record = await other.create(createGoal({ title: 'From the other tab', chime: ['hope'] }));
    await waitUntil(
      () => q(el, '[part="goal-toggle"]')?.textContent!.trim() === 'From the other tab',
    );
    const changed = await other.update(
      record.id,
      { ...record.data, title: 'Renamed there' },
      record.rev,
    );
    await waitUntil(() => q(el, '[part="goal-toggle"]')?.textContent!.trim() === 'Renamed there');
    await other.remove(record.id, changed.rev);
    await waitUntil(() => q(el, '[part="intro"]'));
  });

  it('keeps both its own unsaved edit and another tab’s change to other fields', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const record = await el.addGoal({ title: 'Run', chime: ['hope'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Run');
    const notes = q<HTMLTextAreaElement>(el, `#notes-${id}`);
    notes.value = 'Park run on Saturday';
    notes.dispatchEvent(new Event('input'));
    const other = (await openSecondTab(store)).collection(goalModel);
    await other.update(record.id, { ...record.data, title: 'Run 5k' }, record.rev);
    await waitUntil(() => q(el, '[part="goal-toggle"]').textContent!.trim() === 'Run 5k');
    notes.dispatchEvent(new Event('change'));
    const goals = await waitForStored(store, (g) => g[0]?.notes === 'Park run on Saturday');
    expect(goals[0].title).to.equal('Run 5k');
  });

  it('is accessible in the dark theme with a goal open', async () => {
    const store = await createTestStore('goals');
    const el = await fixture<RkGoalTracker>(
      html`<rk-goal-tracker .store=${store} theme="dark"></rk-goal-tracker>`,
    );
    await waitUntil(() => q(el, '[part="intro"]'));
    await el.addGoal(
      createGoal({
        title: 'Walk',
        chime: ['hope'],
        reviewOn: '2020-01-01',
        steps: [{ id: 'a', text: 'Shoes', done: true, doneAt: null }],
        barriers: [{ text: 'Rain', plan: 'Coat' }],
        supporters: ['Sam'],
      }),
    );
    await el.updateComplete;
    await openGoal(el, 'Walk');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed when the element is removed before the field is left', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Paint again', chime: ['identity'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Paint again');
    const notes = q<HTMLTextAreaElement>(el, `#notes-${id}`);
    notes.value = 'Watercolours first';
    notes.dispatchEvent(new Event('input'));
    el.remove();
    await waitForStored(store, (g) => g[0]?.notes === 'Watercolours first');
  });

  it('shows a failed save next to the save status, then saved after a retry', async () => {
    const { store, faults } = await createFaultyStore('goals');
    const el = await tracker(store);
    const record = await el.addGoal({ title: 'Sleep by midnight', chime: ['empowerment'] });
    faults.fail('remove', 'unavailable');
    const failed = oneEvent(el, 'rk-storage-error');
    await el.removeGoal(record.id).catch(() => undefined);
    await failed;
    await el.updateComplete;
    const status = q<RkSaveStatus>(el, 'rk-save-status');
    expect(status.state).to.equal('error');
    expect(status.errorCode).to.equal('unavailable');
    expect(q(el, '[part="goal-toggle"]').textContent!.trim()).to.equal('Sleep by midnight');
    await expect(el).to.be.accessible();
    faults.clear();
    const removed = oneEvent(el, 'rk-goal-removed');
    el.dispatchEvent(new CustomEvent('rk-retry-requested', { detail: {} }));
    await removed;
    await waitUntil(() => status.state === 'saved');
    expect(await stored(store)).to.have.length(0);
  });
});
