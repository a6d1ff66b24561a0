import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { DEFAULT_AREAS } from '../../../src/core/life-areas.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, charts, columns, drawn, loaded, pickerBox, seedReading } from './helpers.js';

const scores = (...values: number[]) =>
  Object.fromEntries(DEFAULT_AREAS.map((area, i) => [area.key, values[i]]));

const MARCH = '3 March 2026, your view';
const JUNE = '10 June 2026, your view';
const SAM = '12 June 2026, Sam’s view';

/** Two of the person's own readings and one of their key worker's, with their ids. */
async function seededStore(): Promise<{ store: RecordStore; ids: Record<string, string> }> {
  const store = await createTestStore('star-show');
  const march = await seedReading(store, '2026-03-03', scores(3, 5, 6, 2, 4, 6, 4, 4));
  const june = await seedReading(store, '2026-06-10', scores(5, 5, 7, 3, 6, 7, 5, 6));
  const sam = await seedReading(store, '2026-06-12', scores(6, 4, 7, 4, 6, 7, 6, 7), {
    by: { role: 'supporter', name: 'Sam' },
  });
  return { store, ids: { march: march.id, june: june.id, sam: sam.id } };
}

async function assessment(store: RecordStore, show?: unknown): Promise<RkStarAssessment> {
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store} .show=${show}></rk-star-assessment>`,
  );
  await loaded(el);
  return el;
}

/** The names of the readings drawn on the history chart, after checking the table agrees. */
async function drawnNames(el: RkStarAssessment): Promise<string[]> {
  await el.updateComplete;
  await drawn(el, 'history');
  const names = charts(el).history.chart!.data.datasets.map((d) => d.label!);
  expect(Object.keys(columns(el)), 'the table has the same readings').to.deep.equal(names);
  return names;
}

function checkedNames(el: RkStarAssessment): string[] {
  return all<HTMLLabelElement>(el, '.picker label')
    .filter((label) => label.querySelector('input')!.checked)
    .map((label) => label.textContent!.trim());
}

describe('<rk-star-assessment> show: which readings the host shows first', () => {
  let warn: typeof console.warn;
  let warnings: string[];
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(async () => {
    console.warn = warn;
    await cleanupStores();
  });

  it('shows the latest and the first reading when the attribute says show="latest first"', async () => {
    const { store } = await seededStore();
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment show="latest first" .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(el.show).to.equal('latest first');
    expect(await drawnNames(el)).to.deep.equal([JUNE, MARCH]);
    expect(columns(el)[MARCH]).to.deep.equal(['3', '5', '6', '2', '4', '6', '4', '4']);
    expect(checkedNames(el)).to.have.members([JUNE, MARCH]);
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('takes reading ids, and words such as previous and supporter, as a property', async () => {
    const { store, ids } = await seededStore();
    const el = await assessment(store, `${ids.sam} ${ids.march}`);
    expect(await drawnNames(el)).to.deep.equal([MARCH, SAM]);

    el.show = 'previous';
    expect(await drawnNames(el)).to.deep.equal([MARCH]);
    el.show = 'supporter latest';
    expect(await drawnNames(el)).to.deep.equal([JUNE, SAM]);
    expect(warnings).to.deep.equal([]);
  });

  it('lets the person’s keyboard choices win, and starts from show again when re-created', async () => {
    const { store } = await seededStore();
    const el = await assessment(store, 'first');
    expect(await drawnNames(el)).to.deep.equal([MARCH]);

    pickerBox(el, '10 June 2026').focus();
    await sendKeys({ press: 'Space' });
    pickerBox(el, '3 March 2026').focus();
    await sendKeys({ press: 'Space' });
    pickerBox(el, '12 June 2026').focus();
    await sendKeys({ press: 'Space' });
    expect(await drawnNames(el)).to.deep.equal([JUNE, SAM]);

    // A later host change, or a new reading in the store, keeps the person's choice.
    el.show = 'first';
    await seedReading(store, '2026-07-01', scores(6, 6, 7, 4, 6, 7, 6, 7));
    await waitUntil(() => all(el, '.picker li').length === 4, 'the new reading is listed', {
      timeout: 5000,
    });
    expect(await drawnNames(el)).to.deep.equal([JUNE, SAM]);
    await expect(el).to.be.accessible();

    // Which readings are shown is not stored: a new element starts from its own `show`.
    const fresh = await assessment(store, 'latest first');
    expect(await drawnNames(fresh)).to.deep.equal(['1 July 2026, your view', MARCH]);
    const plain = await assessment(store);
    expect(await drawnNames(plain)).to.deep.equal(['1 July 2026, your view', SAM]);
  });

  it('warns once about a value it cannot use and shows the default instead, never throwing', async () => {
    const { store } = await seededStore();
    const el = await assessment(store, 'lastest first');
    expect(await drawnNames(el)).to.deep.equal([JUNE, SAM]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('lastest').and.include('latest, previous, first, supporter');

    // Stored data changing re-checks the same value without warning again.
    await seedReading(store, '2026-07-01', scores(6, 6, 7, 4, 6, 7, 6, 7));
    await waitUntil(() => all(el, '.picker li').length === 4, 'the new reading is listed', {
      timeout: 5000,
    });
    expect(await drawnNames(el)).to.deep.equal(['1 July 2026, your view', SAM]);
    expect(warnings).to.have.length(1);

    el.show = 42 as unknown as string;
    expect(await drawnNames(el)).to.deep.equal(['1 July 2026, your view', SAM]);
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.include('number');

    // A word naming no saved reading (no supporter's reading yet) is no mistake: the default shows.
    const ownOnly = await createTestStore('star-show-own');
    await seedReading(ownOnly, '2026-06-10', scores(5, 5, 7, 3, 6, 7, 5, 6));
    const mine = await assessment(ownOnly, 'supporter');
    expect(await drawnNames(mine)).to.deep.equal([JUNE]);
    expect(warnings).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows at most three readings, saying so when show names more', async () => {
    const { store } = await seededStore();
    await seedReading(store, '2026-01-05', scores(2, 4, 5, 2, 3, 5, 3, 3));
    const el = await assessment(store, 'supporter latest previous first');
    expect(await drawnNames(el)).to.deep.equal([JUNE, MARCH, SAM]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('more than 3 readings');
    expect(all<HTMLInputElement>(el, '.picker input').filter((box) => box.disabled)).to.have.length(
      1,
    );
  });
});
