/**
 * The star assessment on the editing core: what one save costs in storage calls, a
 * change made in another tab, and a reading rated and noted then left at once.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readingModel } from '../../../src/core/reading.js';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createStoreThatNeverCommits,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { all, loaded, seedReading } from './helpers.js';

afterEach(() => {
  localStorage.clear();
  return cleanupStores();
});

type Counted = 'put' | 'get' | 'list' | 'count';

/** Counts the calls the store makes to its adapter from now on. */
function countCalls(store: RecordStore): Record<Counted, number> {
  const counts: Record<Counted, number> = { put: 0, get: 0, list: 0, count: 0 };
  const adapter = store.adapter as unknown as Record<Counted, (...args: unknown[]) => unknown>;
  for (const name of Object.keys(counts) as Counted[]) {
    const real = adapter[name]?.bind(adapter);
    if (!real) continue;
    adapter[name] = (...args: unknown[]) => {
      counts[name] += 1;
      return real(...args);
    };
  }
  return counts;
}

async function starOn(store: RecordStore): Promise<RkStarAssessment> {
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
  );
  await loaded(el);
  return el;
}

const q = <E extends HTMLElement = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;

/** Rates the first area `score` and writes `note` on it, with the keyboard. */
async function rateAndNote(el: RkStarAssessment, score: number, note: string): Promise<void> {
  q(el, `input[name="score-0"][value="${score}"]`).focus();
  await sendKeys({ press: 'Space' });
  q(el, '#note-0').focus();
  await sendKeys({ type: note });
  await el.updateComplete;
}

/** A round trip through the store, so any read an echo started has reached the adapter. */
async function settle(store: RecordStore): Promise<void> {
  await store.collection(readingModel).count();
}

const listed = (el: RkStarAssessment) => all(el, '.picker li').length;

describe('<rk-star-assessment> on the editing core', () => {
  it('one save is one put: no list, and its own echo reads nothing back', async () => {
    const store = await createTestStore('star-core');
    await seedReading(store, '2026-03-01', { home: 4 });
    const el = await starOn(store);
    const calls = countCalls(store);
    await rateAndNote(el, 7, 'a good week');
    const echo = new Promise((resolve) => {
      const stop = store.collection(readingModel).subscribe((change) => {
        if (change.type === 'put') resolve(stop());
      });
    });
    const saved = oneEvent(el, 'rk-reading-saved');
    q(el, '[part="save-button"]').click();
    await saved;
    await echo;
    await settle(store);
    expect(calls).to.deep.equal({ put: 1, get: 0, list: 0, count: 1 });
    await el.updateComplete;
    expect(listed(el)).to.equal(2);
    const stored = await store.collection(readingModel).all();
    expect(stored.map((item) => Object.values(item.record!.data.notes))).to.deep.include([
      'a good week',
    ]);
  });

  it('a reading saved in another tab is read by id (one get, no list) and shown', async () => {
    const store = await createTestStore('star-core');
    await seedReading(store, '2026-03-01', { home: 4 });
    const el = await starOn(store);
    const calls = countCalls(store);
    const other = await openSecondTab(store);
    const there = await starOn(other);
    await rateAndNote(there, 3, 'from the other tab');
    await there.saveReading();
    await waitUntil(() => listed(el) === 2, 'the other tab’s reading never showed here');
    expect(calls.list, 'no list').to.equal(0);
    expect(calls.get, 'one read by id').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a reading removed in another tab goes here too, without a list', async () => {
    const store = await createTestStore('star-core');
    const { id } = await seedReading(store, '2026-03-01', { home: 4 });
    await seedReading(store, '2026-04-01', { home: 5 });
    const el = await starOn(store);
    const calls = countCalls(store);
    const other = await openSecondTab(store);
    const current = (await other.collection(readingModel).get(id))!.record!;
    await other.collection(readingModel).remove(id, current.rev);
    await waitUntil(() => listed(el) === 1, 'the removed reading stayed listed');
    expect(calls.list).to.equal(0);
  });

  it('a reading rated and noted, then left at once, comes back on the next visit', async () => {
    const seed = await createTestStore('star-core');
    const el = await starOn(await createStoreThatNeverCommits(seed));
    await rateAndNote(el, 6, 'slept well');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    fixtureCleanup();
    const again = await starOn(await openSecondTab(seed));
    await waitUntil(
      () => Object.values(again.currentDraft.notes).includes('slept well'),
      'the note did not come back',
    );
    expect(Object.values(again.currentDraft.scores)).to.deep.equal([6]);
    expect(q<HTMLInputElement>(again, '#note-0').value).to.equal('slept well');
  });
});
