import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FULL_LIST_LIMIT } from '../../../src/elements/hope-journal/hope-journal.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import { loadedVirtualizer } from '../../../src/elements/hope-journal/journal-virtualizer.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { journal, q, seedMany } from './journal-fixtures.js';

afterEach(cleanupStores);

const COUNT = FULL_LIST_LIMIT + 20;

/** A long (virtual) journal the person can change, with every entry read. */
async function longJournal(): Promise<RkHopeJournal> {
  const store = await createTestStore('journal-keys');
  await seedMany(store, COUNT);
  const el = await journal(store);
  await waitUntil(() => el.entries.complete, 'the rest was never read');
  await el.updateComplete;
  // Keys pressed while the virtualizer still loads are tested in hope-journal-lazy-list-keys.
  await waitUntil(() => loadedVirtualizer(), 'the virtualizer never arrived');
  await el.updateComplete;
  const list = q(el, '[part="list"]');
  expect(list.classList.contains('virtual')).to.equal(true);
  list.scrollIntoView();
  await waitUntil(() => el.shadowRoot!.querySelector('article[data-index="0"]'), 'no entries');
  return el;
}

const focused = (el: RkHopeJournal) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Which entry focus is in (the article itself or a button inside it), or -1. */
const focusedEntry = (el: RkHopeJournal) =>
  Number(focused(el)?.closest('article[data-index]')?.getAttribute('data-index') ?? -1);

/** Presses Tab until focus is on a Pin button, as a person would. */
async function tabToPin(el: RkHopeJournal): Promise<void> {
  q(el, '#search-text').focus();
  for (let i = 0; i < 20 && !focused(el)?.matches('[aria-pressed]'); i += 1) {
    await sendKeys({ press: 'Tab' });
  }
  expect(focused(el)?.getAttribute('aria-label')).to.match(/^Pin/);
}

describe('rk-hope-journal: the long list by keyboard', () => {
  it('End from a Pin button reaches the last entry: focus never falls to the page', async function () {
    this.timeout(20_000);
    const el = await longJournal();
    await tabToPin(el);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedEntry(el) === COUNT - 1, 'End did not reach the last entry');
    expect(focused(el)!.textContent).to.contain('The very first entry');
    expect(document.activeElement).to.equal(el);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedEntry(el) === 0, 'Home did not go back to the newest');
  });

  it('arrows move between entries from a button inside one, and from the list itself', async function () {
    this.timeout(20_000);
    const el = await longJournal();
    await tabToPin(el);
    const start = focusedEntry(el);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedEntry(el) === start + 1, 'ArrowDown did not move on');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedEntry(el) === start, 'ArrowUp did not move back');
    // Tab lands on the scrolling list first; the keys work from there too.
    const list = q(el, '[part="list"]');
    list.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedEntry(el) === COUNT - 1, 'End from the list');
    list.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedEntry(el) >= 0, 'ArrowDown from the list reached no entry');
    await expect(el).to.be.accessible();
  });

  it('when the entry with focus scrolls out of the DOM, focus stays on the list', async function () {
    this.timeout(20_000);
    const el = await longJournal();
    await tabToPin(el);
    const list = q(el, '[part="list"]');
    list.scrollTop = list.scrollHeight;
    await waitUntil(() => !el.shadowRoot!.querySelector('article[data-index="0"]'), 'not scrolled');
    await waitUntil(() => focused(el) === list, 'focus was lost');
    expect(document.activeElement).to.equal(el);
  });
});
