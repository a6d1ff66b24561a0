/**
 * Every tool, typed into and left at once: the page goes away before any IndexedDB
 * write commits (the store's writes never commit), and a second page on the same
 * database finds the typing back and saves it.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readingModel } from '../../../src/core/reading.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import '../../../src/elements/star-assessment/define.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createStoreThatNeverCommits,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { journal, keptDrafts, q, typeInto } from '../hope-journal/journal-fixtures.js';
import { loaded as starLoaded } from '../star-assessment/helpers.js';
import {
  $,
  byLabel,
  planOn,
  storedPlan,
  typeInto as typeInPlan,
} from '../staying-well-plan/plan-test-kit.js';

/** The page goes away at once: pagehide, then every element is gone. */
function leave(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  fixtureCleanup();
}

async function starOn(store: RecordStore): Promise<RkStarAssessment> {
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
  );
  await starLoaded(el);
  return el;
}

function statusText(el: Element): string {
  return el.shadowRoot!.querySelector('[part="save-status"]')!.shadowRoot!.textContent!;
}

describe('leaving the page at once', () => {
  let seed: RecordStore;
  beforeEach(async () => {
    seed = await createTestStore('leaving');
  });
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  it('the journal: the entry being written comes back and is kept as the draft', async () => {
    const el = await journal(await createStoreThatNeverCommits(seed));
    await typeInto(el, '#entry-body', 'the sea this morning');
    leave();
    const again = await journal(await openSecondTab(seed));
    await waitUntil(
      () => q<HTMLTextAreaElement>(again, '#entry-body').value === 'the sea this morning',
    );
    await waitUntil(
      async () => {
        return (await keptDrafts(seed)).join() === 'the sea this morning';
      },
      'the draft was never written through the store',
      { timeout: 5000 },
    );
    await expect(again).to.be.accessible();
  });

  it('the plan: a line typed comes back and is saved; a contact form filled in comes back', async () => {
    const el = await planOn(await createStoreThatNeverCommits(seed));
    await typeInPlan(byLabel(el, /notes/i), 'walk the dog');
    $(el, '#add-contact').click();
    await el.updateComplete;
    await typeInPlan($(el, '#contact-name'), 'Sam');
    expect(statusText(el)).to.not.contain('Saved');
    leave();
    const again = await planOn(await openSecondTab(seed));
    await waitUntil(
      async () => String(JSON.stringify(await storedPlan(seed))).includes('walk the dog'),
      'the plan was never saved',
      { timeout: 5000 },
    );
    await waitUntil(
      () => again.shadowRoot!.querySelector<HTMLInputElement>('#contact-name')?.value === 'Sam',
    );
    expect(statusText(again)).to.contain('Not saved yet');
    await expect(again).to.be.accessible();
  });

  it('the star assessment: a reading rated and noted but not saved comes back, saved when asked', async () => {
    const el = await starOn(await createStoreThatNeverCommits(seed));
    const first = el.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="score-0"][value="7"]',
    )!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(statusText(el)).to.contain('Not saved yet');
    leave();
    const again = await starOn(await openSecondTab(seed));
    await waitUntil(
      () => again.currentDraft.scores[Object.keys(again.currentDraft.scores)[0]] === 7,
    );
    expect(statusText(again)).to.contain('Not saved yet');
    await again.saveReading();
    const saved = await seed.collection(readingModel).all();
    expect(saved.map((item) => Object.values(item.record!.data.scores))).to.deep.equal([[7]]);
    await again.updateComplete;
    expect(statusText(again)).to.contain('Saved');
    await expect(again).to.be.accessible();
  });
});
