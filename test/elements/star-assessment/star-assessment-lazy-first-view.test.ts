// A star assessment with nothing saved (a first visit) does not download its charts part
// (charts-view.ts: the charts, their tables, the view of saved readings) nor the chart
// controller; the first score given brings them and the live chart, and the first reading
// saved shows in the history with its table.
// Module requests are read from the page's resource timing (this file runs in a page of
// its own, so nothing else loaded the view first).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readingModel } from '../../../src/core/reading.js';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { fetched } from '../../helpers/fetched.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, loaded } from './helpers.js';

afterEach(cleanupStores);

describe('rk-star-assessment: its first view', () => {
  it('shows the form alone; the first score brings the charts, the first reading saved its history', async () => {
    const store = await createTestStore('star-first-view');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.history')!.textContent).to.contain('No readings');
    for (const module of [
      'star-assessment/charts-view',
      'star-assessment/reading-history',
      'star-assessment/reading-table',
      'star-assessment/radar-spec',
      'chart/chart-controller',
      'chart/chart.styles',
    ])
      expect(fetched(`/src/elements/${module}.ts`), module).to.equal(false);

    all<HTMLInputElement>(el, 'input[name="score-0"]')[0].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete; // waits for the charts part too
    expect(fetched('/src/elements/star-assessment/charts-view.ts')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.live canvas')).to.exist;
    expect(el.shadowRoot!.querySelector('.live table')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await store.collection(readingModel).all()).length === 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.history table')).to.exist;
    await expect(el).to.be.accessible();
  });
});
