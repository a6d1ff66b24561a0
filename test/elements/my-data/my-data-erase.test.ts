import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { myDataStrings } from '../../../src/elements/my-data/my-data.strings.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import { q as inTracker, tracker } from '../goal-tracker/goal-tracker-fixtures.js';
import {
  announced,
  catchDownloads,
  everything,
  focusedId,
  myData,
  press,
  q,
  saveCopy,
  seed,
  shown,
} from './my-data-fixtures.js';

describe('<rk-my-data> erasing everything', () => {
  afterEach(cleanupStores);

  it('asks first, then erases everything here, and the tools around it and other tabs see nothing', async () => {
    const store = await createTestStore('my-data-erase');
    await seed(store);
    const goals = await tracker(store);
    expect(inTracker(goals, '[part="goal-list"]') !== null).to.equal(true);
    const el = await myData(store);
    const erased: unknown[] = [];
    el.addEventListener('rk-data-erased', (e) => erased.push(e.detail));

    // First step: a plain warning, with focus on it; nothing is erased yet.
    await press(q(el, '#erase-start'));
    await el.updateComplete;
    const warning = q(el, '[part="erase-warning"]')!;
    expect(warning.textContent).to.include(myDataStrings.eraseWarning);
    expect(q(el, '#erase-start')!.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => focusedId(el) === 'erase-warning', 'focus never moved to the warning');
    expect(await everything(store)).to.have.length(4);
    expect(erased).to.have.length(0);
    await expect(el).to.be.accessible();

    // Second step: "Erase everything" is the next stop for the keyboard.
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('erase-confirm');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => erased.length === 1, 'rk-data-erased never fired', { timeout: 5000 });
    expect(erased[0]).to.deep.equal({});
    expect(await everything(store)).to.deep.equal([]);

    await el.updateComplete;
    expect(shown(el, '[part="erase-warning"]')).to.equal(false);
    expect(q(el, '[part="erase"] [part="result"]')!.textContent).to.equal(myDataStrings.erased);
    expect(announced(el)).to.equal(myDataStrings.erased);
    await waitUntil(() => focusedId(el) === 'erase-start', 'focus never came back');
    expect(q(el, '#erase-start')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    // The goal tracker on the page dropped what it showed (change feed).
    await waitUntil(() => inTracker(goals, '[part="intro"]'), 'the tracker still shows goals', {
      timeout: 5000,
    });

    // Another tab, with a fresh element and tracker, finds nothing either.
    const again = await openSecondTab(store);
    expect(await everything(again)).to.deep.equal([]);
    const fresh = await tracker(again);
    expect(inTracker(fresh, '[part="goal-list"]') !== null).to.equal(false);
    expect(inTracker(fresh, '[part="intro"]') !== null).to.equal(true);
    await myData(again);
  });

  it('"Keep my data" closes the warning, keeps everything and puts focus back', async () => {
    const store = await createTestStore('my-data-keep');
    await seed(store);
    const before = await everything(store);
    const el = await myData(store);
    let erased = 0;
    el.addEventListener('rk-data-erased', () => (erased += 1));

    await press(q(el, '#erase-start'));
    await el.updateComplete;
    await press(q(el, '#erase-cancel'));
    await el.updateComplete;
    expect(shown(el, '[part="erase-warning"]')).to.equal(false);
    await waitUntil(() => focusedId(el) === 'erase-start', 'focus never came back');
    expect(q(el, '#erase-start')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    // The first button also closes the warning again.
    await press(q(el, '#erase-start'));
    await el.updateComplete;
    expect(shown(el, '[part="erase-warning"]')).to.equal(true);
    await press(q(el, '#erase-start'));
    await el.updateComplete;
    expect(shown(el, '[part="erase-warning"]')).to.equal(false);

    expect(await everything(store)).to.deep.equal(before);
    expect(erased).to.equal(0);
    const fresh = await tracker(await openSecondTab(store));
    expect(inTracker(fresh, '[part="goal-list"]') !== null).to.equal(true);
  });

  it('read-only: only "Save a copy" is offered, and it still works', async () => {
    const downloads = catchDownloads();
    try {
      const store = await createTestStore('my-data-readonly');
      await seed(store);
      const el = await myData(store, true);
      expect(shown(el, '[part="import"]')).to.equal(false);
      expect(shown(el, '[part="erase"]')).to.equal(false);
      expect(shown(el, '#copy-file')).to.equal(false);
      expect(shown(el, '#erase-start')).to.equal(false);
      const { detail } = await saveCopy(el, downloads);
      expect(detail.count).to.equal(4);
      await expect(el).to.be.accessible();
    } finally {
      downloads.restore();
    }
  });
});
