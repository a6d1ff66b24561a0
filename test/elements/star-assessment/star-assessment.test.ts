import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { readingModel } from '../../../src/core/reading.js';
import { DEFAULT_AREAS } from '../../../src/core/life-areas.js';
import {
  cleanupStores,
  createTestStore,
  deleteDatabase,
  uniqueNamespace,
} from '../../helpers/stores.js';
import { all, charts, drawn, loaded, paintedPixels, tableRows } from './helpers.js';

describe('<rk-star-assessment> taking a reading', () => {
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  afterEach(cleanupStores);

  it('renders from an empty store with the form and a line where the chart goes, draws the chart at the first score, and has no axe violations', async () => {
    const store = await createTestStore('star');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(all(el, 'fieldset.area')).to.have.length(DEFAULT_AREAS.length);
    expect(el.shadowRoot!.textContent).to.include('No readings saved yet');
    const live = el.shadowRoot!.querySelector('.live')!;
    expect(live.textContent).to.include('Your chart appears here once you give an area a score.');
    expect(live.querySelector('canvas, table')).to.equal(null);
    await expect(el).to.be.accessible();

    all<HTMLInputElement>(el, 'input[name="score-0"]')[0].focus();
    await sendKeys({ press: 'Space' });
    const canvas = await drawn(el, 'live');
    expect(live.querySelector('table')).to.exist;
    expect(paintedPixels(canvas)).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('rates every area by keyboard, saves, fires the event and keeps it after a reload', async () => {
    const store = await createTestStore('star');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    for (let i = 0; i < DEFAULT_AREAS.length; i += 1) {
      all<HTMLInputElement>(el, `input[name="score-${i}"]`)[0].focus();
      await sendKeys({ press: 'Space' });
      for (let step = 0; step < (i % 5) + 1; step += 1) await sendKeys({ press: 'ArrowRight' });
    }
    await el.updateComplete;
    const expected = Object.fromEntries(DEFAULT_AREAS.map((area, i) => [area.key, (i % 5) + 2]));
    expect(el.currentDraft.scores).to.deep.equal(expected);
    expect(charts(el).live.chart?.data.datasets[0].data).to.deep.equal(
      DEFAULT_AREAS.map((_, i) => (i % 5) + 2),
    );

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.focus();
    const saved = oneEvent(el, 'rk-reading-saved');
    await sendKeys({ press: 'Enter' });
    const event = await saved;
    expect(event.detail.created).to.equal(true);
    expect(event.detail.reading.data.scores).to.deep.equal(expected);

    const stored = await store.collection(readingModel).all();
    expect(stored).to.have.length(1);
    expect(stored[0].record?.data.scores).to.deep.equal(expected);
    expect(stored[0].record?.data.areaSetId).to.equal('rk-default-v1');

    const fresh = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(fresh);
    const canvas = await drawn(fresh, 'history');
    expect(paintedPixels(canvas)).to.be.greaterThan(100);
    const table = fresh.shadowRoot!.querySelector<HTMLTableElement>('.history table')!;
    expect(
      tableRows(table)
        .slice(1)
        .map((row) => row[1]),
    ).to.deep.equal(DEFAULT_AREAS.map((_, i) => String((i % 5) + 2)));
  });

  it('shows a problem next to the field and saves nothing when the date is missing', async () => {
    const store = await createTestStore('star');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    all<HTMLInputElement>(el, 'input[name="score-2"]')[6].click();
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#taken-at')!;
    date.value = '';
    date.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    await waitUntil(() => date.getAttribute('aria-invalid') === 'true', 'date marked');
    expect(el.shadowRoot!.querySelector('#taken-at-error')!.textContent).to.include(
      'Please give a date',
    );
    expect(el.shadowRoot!.activeElement).to.equal(date);
    expect(el.currentDraft.scores).to.deep.equal({ home: 7 });
    expect(await store.collection(readingModel).count()).to.equal(0);
  });

  it('works alone with only a namespace, keeping readings in that namespace', async () => {
    const namespace = uniqueNamespace('star-alone');
    try {
      const el = await fixture<RkStarAssessment>(
        html`<rk-star-assessment namespace=${namespace}></rk-star-assessment>`,
      );
      await loaded(el);
      all<HTMLInputElement>(el, 'input[name="score-0"]')[2].click();
      const saved = oneEvent(el, 'rk-reading-saved');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
      await saved;
      const again = await fixture<RkStarAssessment>(
        html`<rk-star-assessment namespace=${namespace}></rk-star-assessment>`,
      );
      await loaded(again);
      expect(all(again, '.picker li')).to.have.length(1);
    } finally {
      await deleteDatabase(`recovery-kit:${namespace}`);
    }
  });
});
