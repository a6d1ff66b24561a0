// A star assessment with nothing saved (a first visit) does not download its view of saved
// readings (history-view.ts); the first reading saved brings it, with the reading's table.
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
  it('shows no saved readings without their view; the first one saved brings it', async () => {
    const store = await createTestStore('star-first-view');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.history')!.textContent).to.contain('No readings');
    expect(fetched('/src/elements/star-assessment/history-view.ts')).to.equal(false);
    expect(fetched('/src/elements/star-assessment/reading-history.ts')).to.equal(false);

    all<HTMLInputElement>(el, 'input[name="score-0"]')[0].focus();
    await sendKeys({ press: 'Space' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await store.collection(readingModel).all()).length === 1);
    await el.updateComplete; // waits for the view of saved readings too
    expect(fetched('/src/elements/star-assessment/history-view.ts')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.history table')).to.exist;
    await expect(el).to.be.accessible();
  });
});
