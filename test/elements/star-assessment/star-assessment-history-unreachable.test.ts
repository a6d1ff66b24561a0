// The star assessment's charts part (the live chart, and the saved readings' choice,
// chart, table and details: charts-view.ts) loads with the first score. When it cannot be
// fetched (the connection dropped: refuseModules), the reading is still saved, and the
// assessment says so where the chart and the history go, and that reloading tries again.
// A file of its own: no other test in this page may have loaded it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readingModel } from '../../../src/core/reading.js';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';
import { all, loaded } from './helpers.js';

afterEach(async () => {
  await allowModules();
  await cleanupStores();
});

async function assessment(store: RecordStore): Promise<RkStarAssessment> {
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
  );
  await loaded(el);
  return el;
}

/** Rates the first area by keyboard. */
async function rate(el: RkStarAssessment): Promise<void> {
  all<HTMLInputElement>(el, 'input[name="score-0"]')[0].focus();
  await sendKeys({ press: 'Space' });
}

/** Presses Save. */
async function save(el: RkStarAssessment): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.focus();
  await sendKeys({ press: 'Enter' });
}

const history = (el: RkStarAssessment): string =>
  el.shadowRoot!.querySelector('.history')!.textContent!;

describe('rk-star-assessment: the saved readings load with the first one', () => {
  it('cannot be fetched: the reading is saved, and the live chart and the history say so', async () => {
    const store = await createTestStore('star-lazy-history');
    await refuseModules('charts-view.ts');
    const el = await assessment(store);
    await rate(el);
    const live = el.shadowRoot!.querySelector('.live')!;
    await waitUntil(() => live.textContent!.includes('could not be loaded'), 'no note by the form');
    await save(el);
    await waitUntil(async () => (await store.collection(readingModel).all()).length === 1);
    await waitUntil(() => history(el).includes('could not be loaded'), 'no note');
    expect(history(el)).to.contain('Reload the page to try again');
    expect(el.shadowRoot!.querySelector('.history table')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
