// What the tracker's first view does not download: a goal's editor (with the step list)
// until a goal is opened, the chart's controller and drawing code (with chart.js) until the
// person asks for the chart, and the undo notice until the first removal. Module
// requests are read from the page's resource timing, which lists each module the browser
// fetched (this file runs in a page of its own, so nothing else loaded them first; nor does
// it import the chart controller itself).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fetched } from '../../helpers/fetched.js';
import { ownRender } from '../../helpers/own-render.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  addThroughForm,
  openGoal,
  q,
  tracker,
  typeInto,
  waitForStored,
} from './goal-tracker-fixtures.js';

afterEach(cleanupStores);

describe('rk-goal-tracker: loaded when first needed', () => {
  // First in this file: no goal has been shown in this page yet.
  it('shows an empty tracker without the list view; the first goal brings it, with the goal in it', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    expect(q(el, '[part="intro"]')).to.exist;
    expect(fetched('/src/elements/goal-tracker/goal-list-view.ts')).to.equal(false);
    expect(fetched('/src/elements/goal-tracker/goal-list.ts')).to.equal(false);
    expect(fetched('/src/elements/goal-tracker/goal-overview.ts')).to.equal(false);

    await addThroughForm(el, 'Walk', ['hope']);
    await waitForStored(store, (goals) => goals.length === 1);
    await el.updateComplete; // waits for the list view too
    expect(fetched('/src/elements/goal-tracker/goal-list-view.ts')).to.equal(true);
    expect(q(el, '[part="goal-toggle"]').textContent!.trim()).to.equal('Walk');
    expect(q(el, '[part="overview-table"]')).to.exist;
    expect(el.shadowRoot!.textContent).not.to.contain('Getting what you saved');
    // The list's styles come with it, into this tracker and into one made after it.
    const edge = (tracker: HTMLElement) =>
      getComputedStyle(q(tracker as never, '[part="goal"]')).borderInlineStartWidth;
    expect(edge(el)).to.equal('4px');
    await expect(el).to.be.accessible();
    const fresh = await tracker(store);
    await fresh.updateComplete;
    expect(edge(fresh)).to.equal('4px');
  });

  it('loads a goal’s editor when a goal is first opened; the person edits it and it is saved', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Walk', chime: ['hope'] });
    await el.updateComplete;
    expect(fetched('/src/elements/goal-tracker/goal-editor.ts')).to.equal(false);
    expect(fetched('/src/elements/goal-tracker/step-list.ts')).to.equal(false);

    const toggle = q(el, '[part="goal-toggle"]');
    toggle.focus();
    // A click, not a key through the test runner: its round trip may outlast the fetch.
    toggle.click();
    await ownRender(el); // microtasks: the editor's module cannot have arrived yet
    expect(q(el, 'li.open').textContent).to.contain('Opening this goal…');
    const id = toggle.id.replace('toggle-', '');
    await waitUntil(() => el.shadowRoot!.getElementById(`notes-${id}`), 'the editor never came');
    expect(fetched('/src/elements/goal-tracker/goal-editor.ts')).to.equal(true);
    expect(q(el, 'li.open').textContent).not.to.contain('Opening this goal…');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();

    await typeInto(q(el, `#notes-${id}`), 'Round the park');
    await sendKeys({ press: 'Tab' });
    await waitForStored(store, (goals) => goals[0]?.notes === 'Round the park');
    const fresh = await tracker(store);
    await openGoal(fresh, 'Walk');
    expect(q<HTMLTextAreaElement>(fresh, `#notes-${id}`).value).to.equal('Round the park');
  });

  it('loads the chart drawing code only when the chart is asked for, the table at once', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Choir', chime: ['connectedness'] });
    await el.updateComplete;
    expect(q(el, '[part="overview-table"]')).to.exist;
    expect(fetched('/src/elements/chart/chart-controller.ts')).to.equal(false);
    expect(fetched('/src/elements/chart/chart-drawing.ts')).to.equal(false);
    expect(fetched('/src/elements/chart/chart-theme.ts')).to.equal(false);

    q(el, '[part="chart-toggle"]').focus();
    await sendKeys({ press: 'Enter' });
    const chart = () =>
      (el as unknown as { chart: { controller?: { status: string } } }).chart.controller;
    await waitUntil(() => chart()?.status === 'ready', 'the chart was never drawn');
    expect(fetched('/src/elements/chart/chart-controller.ts')).to.equal(true);
    expect(fetched('/src/elements/chart/chart-drawing.ts')).to.equal(true);
    expect(q(el, 'canvas').getAttribute('role')).to.equal('img');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="chart-toggle"]'));
  });

  it('defines the undo notice at the first removal, then offers Undo with focus on it', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Walk', chime: ['hope'] });
    await el.updateComplete;
    expect(customElements.get('rk-undo-notice')).to.equal(undefined);
    expect(fetched('/src/elements/undo/undo-notice.ts')).to.equal(false);

    await openGoal(el, 'Walk');
    const removed = oneEvent(el, 'rk-goal-removed');
    q(el, '[part="remove-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await removed;
    expect(customElements.get('rk-undo-notice')).to.exist;
    const notice = q(el, 'rk-undo-notice');
    await waitUntil(() => notice.shadowRoot?.activeElement?.getAttribute('part') === 'undo-button');
    expect(notice.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Removed ‘Walk’.',
    );
    await expect(el).to.be.accessible();
  });
});
