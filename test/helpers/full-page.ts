/**
 * A charity page with every tool on it, each full of data: the fixture the page-wide
 * checks share (forced colours, 320 px reflow, strict CSP, print). Everything is seeded
 * through the public store API and waited for in the DOM, as a person would see it.
 *
 * ```ts
 * const page = await fullPage();
 * for (const tool of page.tools) ...
 * ```
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../src/core/goal.js';
import { emptyEntry, entryModel } from '../../src/core/entry.js';
import { DEFAULT_AREA_SET } from '../../src/core/life-areas.js';
import { createPlan, PLAN_RECORD_ID, planModel, type Plan } from '../../src/core/plan.js';
import { emptyReading, readingModel } from '../../src/core/reading.js';
import type { RecordStore } from '../../src/storage/record-store.js';
import '../../src/define.js';
import { createTestStore } from './stores.js';

/** What a person might write: long enough to wrap, with one long unbroken word. */
export const LONG_WORDS =
  'Walk to the park on Saturday morning with my sister, and sit by the pond for a while';
const UNBROKEN = 'supercalifragilisticexpialidociously-long-link-text-without-spaces';

async function seedGoals(store: RecordStore): Promise<void> {
  const goals = store.collection(goalModel);
  const step = (id: string, text: string, done = false) => ({
    id,
    text,
    done,
    doneAt: done ? '2026-10-01T09:00:00.000Z' : null,
  });
  await goals.create(
    createGoal({
      title: LONG_WORDS,
      chime: ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'],
      why: `I feel less alone outside. ${UNBROKEN}`,
      strengths: 'I like being outdoors.',
      steps: [step('a', 'Find out where they meet', true), step('b', 'Go along once')],
      barriers: [{ text: 'Feeling anxious in the morning', plan: 'Text my sister' }],
      supporters: ['My sister', 'Peer support worker'],
      reviewOn: '2026-01-01',
    }),
  );
  await goals.create(createGoal({ title: 'Cook a meal twice a week', chime: ['empowerment'] }));
  await goals.create(
    createGoal({ title: 'Finish the pottery course', chime: ['identity'], status: 'achieved' }),
  );
}

async function seedReadings(store: RecordStore): Promise<void> {
  const readings = store.collection(readingModel);
  const keys = DEFAULT_AREA_SET.areas.map((area) => area.key);
  for (const [index, takenAt] of ['2026-03-01', '2026-06-01', '2026-09-01'].entries()) {
    await readings.create({
      ...emptyReading(DEFAULT_AREA_SET, takenAt),
      scores: Object.fromEntries(keys.map((key, i) => [key, ((i + index * 3) % 10) + 1])),
      notes: Object.fromEntries(keys.slice(0, 2).map((key) => [key, `${LONG_WORDS}.`])),
    });
  }
}

async function seedEntries(store: RecordStore): Promise<void> {
  const entries = store.collection(entryModel);
  for (let i = 0; i < 8; i += 1) {
    const date = `2026-${String(3 + i).padStart(2, '0')}-1${i % 10}`;
    await entries.create({
      ...emptyEntry(date, `${date}T09:00:00.000Z`),
      body: i === 0 ? `${LONG_WORDS}. ${UNBROKEN}` : `A good day, number ${i}.`,
      goodThings: i === 1 ? [{ what: 'A walk by the river', why: 'Fresh air' }] : [],
      hope: (i * 3) % 11,
      chime: i % 2 ? ['hope'] : ['connectedness', 'meaning'],
      tags: ['walks'],
      pinned: i === 2,
    });
  }
}

async function seedPlan(store: RecordStore): Promise<void> {
  const lines = (key: string, texts: string[]) =>
    texts.map((text, i) => ({ id: `${key}-${i}`, text }));
  const plan: Plan = {
    ...createPlan('staying-well'),
    sections: {
      well: { items: lines('well', [LONG_WORDS, 'I text my sister most days']), notes: UNBROKEN },
      helps: { items: lines('helps', ['Time at the allotment', 'Music']), notes: '' },
      'early-signs': { items: lines('early', ['Sleeping much later']), notes: '' },
    },
    contacts: [
      {
        id: 'sam',
        kind: 'person',
        name: 'Sam',
        relationship: 'Sister',
        phone: '07700 900123',
        email: 'sam.long.address.for.testing@example.org',
        when: 'Any time, especially evenings',
      },
    ],
  };
  await store.collection(planModel).create(plan, { id: PLAN_RECORD_ID });
}

/** Seeds one store with goals, readings, journal entries and a plan. */
export async function seedEverything(store: RecordStore): Promise<void> {
  await seedGoals(store);
  await seedReadings(store);
  await seedEntries(store);
  await seedPlan(store);
}

/** The page: every tool and `<rk-my-data>` on one store, rendered with their data. */
export interface FullPage {
  root: HTMLElement;
  store: RecordStore;
  /** Each tool element, by tag name. */
  tools: HTMLElement[];
}

const shadow = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector);

/** What each tool shows once its data is on screen. */
const LOADED: Record<string, string> = {
  'rk-goal-tracker': '[part="goal-list"]',
  'rk-star-assessment': 'table',
  'rk-staying-well-plan': '.editor, .view-section',
  'rk-hope-journal': 'article[part="entry"]',
  'rk-my-data': 'button',
};

/**
 * Every tool on one page, full of data, with the goal tracker's first goal open and the
 * star assessment's history shown (so every kind of table, chart and form is on screen).
 */
export async function fullPage(options: { theme?: 'light' | 'dark' } = {}): Promise<FullPage> {
  const store = await createTestStore('page');
  await seedEverything(store);
  const theme = options.theme;
  const root = await fixture<HTMLElement>(
    html`<main>
      <rk-goal-tracker .store=${store} theme=${theme ?? 'auto'}></rk-goal-tracker>
      <rk-star-assessment .store=${store} theme=${theme ?? 'auto'}></rk-star-assessment>
      <rk-staying-well-plan .store=${store} theme=${theme ?? 'auto'}></rk-staying-well-plan>
      <rk-hope-journal .store=${store} theme=${theme ?? 'auto'}></rk-hope-journal>
      <rk-my-data .store=${store} theme=${theme ?? 'auto'}></rk-my-data>
    </main>`,
  );
  const tools = [...root.children] as HTMLElement[];
  for (const tool of tools) {
    await waitUntil(() => shadow(tool, LOADED[tool.localName]), `${tool.localName} not loaded`, {
      timeout: 8000,
    });
  }
  const goals = tools[0];
  (shadow(goals, 'button.toggle') as HTMLButtonElement).click();
  await waitUntil(() => shadow(goals, '.editor, [part="editor"]'), 'the goal did not open', {
    timeout: 5000,
  });
  for (const tool of tools)
    await (tool as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { root, store, tools };
}

/** Every element matching `selector` in `root`, its shadow root and every open shadow root below. */
export function deepAll<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as E);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}
