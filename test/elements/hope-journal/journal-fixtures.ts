import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { entryModel, type Entry } from '../../../src/core/entry.js';
import { entryDraftModel } from '../../../src/core/entry-draft.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import '../../../src/elements/hope-journal/define.js';

/** A journal on `store`, once its first entries are read. */
export async function journal(
  store: RecordStore,
  extra: Partial<RkHopeJournal> = {},
): Promise<RkHopeJournal> {
  const el = await fixture<RkHopeJournal>(
    html`<rk-hope-journal
      .store=${store}
      ?readonly=${extra.readonly ?? false}
      .prompts=${extra.prompts}
    ></rk-hope-journal>`,
  );
  await waitUntil(() => el.entries.state !== 'idle', 'entries never loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const q = <E extends Element = HTMLElement>(el: RkHopeJournal, selector: string): E => {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
};

export const all = (el: RkHopeJournal, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Focuses a field and types into it, as a person would. */
export async function typeInto(el: RkHopeJournal, selector: string, text: string): Promise<void> {
  const field = q<HTMLInputElement>(el, selector);
  field.focus();
  field.select?.();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Presses Edit on the entry listed at `index`, with the keyboard; the form then edits it. */
export async function startEditing(el: RkHopeJournal, index: number): Promise<void> {
  const button = [
    ...q(el, `article[data-index="${index}"]`).querySelectorAll<HTMLButtonElement>('button'),
  ].find((each) => each.textContent!.trim() === 'Edit')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(q(el, '[part="composer"]').textContent).to.contain('Edit entry');
}

/** The composer's status line ("Entry saved", notes about other tabs). */
export const composerStatus = (el: RkHopeJournal): string =>
  q(el, '[part="composer"] [role="status"]').textContent!.trim();

/** Clicks the button whose text (trimmed) is `label`. */
export async function clickButton(
  el: RkHopeJournal,
  label: string,
  root: ParentNode = el.shadowRoot!,
): Promise<void> {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!button) throw new Error(`No button "${label}"`);
  button.click();
  await el.updateComplete;
}

/** Every stored entry, newest first. */
export async function storedEntries(store: RecordStore): Promise<Entry[]> {
  const { items } = await store.collection(entryModel).list({ direction: 'desc' });
  return items.map((item) => item.record!.data);
}

/** The texts of the new-entry drafts kept in `store` (one per tab writing one), oldest first. */
export async function keptDrafts(store: RecordStore): Promise<string[]> {
  const drafts = await store.collection(entryDraftModel).all();
  return drafts
    .map((item) => item.record!)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((record) => record.data.body);
}

export async function waitForStored(store: RecordStore, count: number): Promise<Entry[]> {
  let entries: Entry[] = [];
  await waitUntil(
    async () => (entries = await storedEntries(store)).length === count,
    `expected ${count} stored entries`,
    {
      timeout: 5000,
    },
  );
  return entries;
}

/**
 * Scrolls the list into view (as a person would) and waits until `count` entries are
 * rendered: the virtualizer renders only what is on screen.
 */
export async function showList(el: RkHopeJournal, count: number): Promise<void> {
  await el.updateComplete;
  const shown = () => all(el, 'article[part="entry"]').length;
  try {
    await waitUntil(
      () => {
        window.scrollTo(0, 0);
        el.shadowRoot!.querySelector('[part="list"]')?.scrollIntoView();
        return shown() === count;
      },
      '',
      { timeout: 5000 },
    );
  } catch {
    const list = el.shadowRoot!.querySelector('[part="list"]');
    throw new Error(
      `expected ${count} entries on screen, found ${shown()} (items ${all(el, '[role="listitem"]').length}, state ${el.entries.state}, index ${el.entries.index.size}, list ${JSON.stringify(list?.getBoundingClientRect())}, visibility ${document.visibilityState}, focus ${document.hasFocus()})`,
    );
  }
}

/** Entry texts as listed on screen. */
export const listedBodies = (el: RkHopeJournal): string[] =>
  all(el, '[part="entry-body"]').map((body) => body.textContent!.trim());

let written = 0;
/** A valid entry for seeding. */
export function sampleEntry(overrides: Partial<Entry> = {}): Entry {
  written += 1;
  return {
    body: `Entry ${written}`,
    prompt: null,
    goodThings: [],
    hope: null,
    tags: [],
    chime: [],
    pinned: false,
    date: '2026-11-01',
    writtenAt: new Date(Date.UTC(2026, 0, 1, 0, 0, written)).toISOString(),
    ...overrides,
  };
}

/** Seeds `count` entries, one a day back from 20 November 2026; the oldest says "The very first entry". */
export async function seedMany(store: RecordStore, count: number): Promise<void> {
  const entries = store.collection(entryModel);
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2026, 10, 20) - i * 86_400_000).toISOString().slice(0, 10);
    await entries.create(
      sampleEntry({ body: i === count - 1 ? 'The very first entry' : `Day ${i}`, date: day }),
    );
  }
}

// Every journal test runs with reduced motion, which turns the buttons' colour transitions
// off (tokens.ts): on a busy machine axe otherwise measures a Pin button half-way between
// its two colours and reports a contrast failure that no one ever sees settled.
before(() => emulateMedia({ reducedMotion: 'reduce' }));

// While the virtualizer measures entries, the browser may report "ResizeObserver loop
// completed with undelivered notifications": some size changes are delivered a frame
// later, which is harmless (w3c/csswg-drafts#5488). It comes as an ErrorEvent whose
// `error` is null, and the test runner's own error listener, registered before any test
// code can stop it, logs that `error`: the browser logs filled with "null". Exactly that
// log is dropped, and the event is kept from mocha (whose listener comes later and would
// fail the test with it); every other error is still logged and fails the test.
const RESIZE_LOOP = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener('error', (event) => {
  if (event.message === RESIZE_LOOP) event.stopImmediatePropagation();
});
const logError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const event = window.event;
  const resizeLoop =
    args.length === 1 &&
    args[0] === null &&
    event instanceof ErrorEvent &&
    event.message === RESIZE_LOOP;
  if (!resizeLoop) logError(...args);
};
