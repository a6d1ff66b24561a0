import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/star-assessment/define.js';
import '../../../src/elements/provider/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { readingModel } from '../../../src/core/reading.js';
import type { LifeArea } from '../../../src/core/life-areas.js';
import { cleanupStores, createFaultyStore, createTestStore } from '../../helpers/stores.js';
import { all, charts, drawn, loaded, paintedPixels, tableRows } from './helpers.js';

function rate(el: RkStarAssessment, group: number, score: number): void {
  all<HTMLInputElement>(el, `input[name="score-${group}"]`)[score - 1].click();
}

function saveButton(el: RkStarAssessment): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!;
}

const OUR_AREAS: LifeArea[] = [
  { key: 'sleep', label: 'Sleep', description: 'How well you rest.' },
  { key: 'food', label: 'Food', anchors: [{ from: 1, label: 'Hardly eating' }] },
  { key: 'garden', label: 'Time outdoors' },
];

describe('<rk-star-assessment> areas, odd data and faults', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(async () => {
    console.warn = warn;
    await cleanupStores();
  });

  it('uses a host’s own area set, storing its id with every reading', async () => {
    const store = await createTestStore('star-custom');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment
        .store=${store}
        .areas=${{ id: 'our-set', areas: OUR_AREAS }}
      ></rk-star-assessment>`,
    );
    await loaded(el);
    expect(all(el, 'fieldset.area legend').map((l) => l.textContent!.trim())).to.deep.equal([
      'Sleep',
      'Food',
      'Time outdoors',
    ]);
    expect(
      all<HTMLInputElement>(el, 'input[name="score-1"]')[0].getAttribute('aria-label'),
    ).to.equal('1, Hardly eating');
    rate(el, 0, 4);
    rate(el, 2, 9);
    const saved = oneEvent(el, 'rk-reading-saved');
    saveButton(el).click();
    const { detail } = await saved;
    expect(detail.reading.data.areaSetId).to.equal('our-set');
    expect(detail.reading.data.areas.map((a: { key: string }) => a.key)).to.deep.equal([
      'sleep',
      'food',
      'garden',
    ]);
    await drawn(el, 'history');
    expect(charts(el).history.chart!.data.datasets[0].data).to.deep.equal([4, null, 9]);
    await expect(el).to.be.accessible();

    // The same reading still shows with its own areas once the host goes back to the default set.
    const fresh = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(fresh);
    await drawn(fresh, 'history');
    expect(fresh.shadowRoot!.textContent).to.include('different set of life areas');
    const rows = tableRows(fresh.shadowRoot!.querySelector<HTMLTableElement>('.history table')!);
    expect(rows.slice(1)).to.deep.equal([
      ['Sleep', '4'],
      ['Food', 'not rated'],
      ['Time outdoors', '9'],
    ]);
  });

  for (const [name, areas, expected] of [
    ['no areas', [], 'The list of areas is empty.'],
    ['an empty key', [{ key: '', label: 'Sleep' }], 'Area 1 has no key.'],
    [
      'a duplicate key',
      [
        { key: 'sleep', label: 'Sleep' },
        { key: 'sleep', label: 'Rest' },
      ],
      'Area 2 uses the key “sleep”, which is already taken.',
    ],
    [
      'something that is not a list',
      'sleep' as unknown as LifeArea[],
      'The areas are not a list of areas.',
    ],
  ] as const) {
    it(`shows a clear message and warns for an area set with ${name}`, async () => {
      const store = await createTestStore('star-bad-areas');
      const el = await fixture<RkStarAssessment>(
        html`<rk-star-assessment
          .store=${store}
          .areas=${areas as unknown as LifeArea[]}
        ></rk-star-assessment>`,
      );
      await el.updateComplete;
      const problem = el.shadowRoot!.querySelector('[part="problem"]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.include('This tool cannot be shown yet');
      expect(problem.textContent).to.include(expected);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(warnings.some((args) => String(args[0]).includes('rk-star-assessment'))).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('shows stored scores that are out of range or for unknown areas as such, and still draws', async () => {
    const store = await createTestStore('star-odd');
    const now = new Date().toISOString();
    await store.adapter.put(
      {
        id: 'odd-reading',
        kind: 'reading',
        schemaVersion: 1,
        createdAt: now,
        updatedAt: now,
        sortKey: '2026-05-01',
        data: {
          areaSetId: 'rk-default-v1',
          areas: [
            { key: 'wellbeing', label: 'Mental wellbeing' },
            { key: 'hope', label: 'Hope for the future' },
          ],
          takenAt: '2026-05-01',
          by: { role: 'self' },
          scores: { wellbeing: 14, hope: 6, garden: 5 },
          notes: {},
          focusAreas: [],
        },
      },
      null,
    );
    await store.adapter.put(
      {
        id: 'not-a-reading',
        kind: 'reading',
        schemaVersion: 1,
        createdAt: now,
        updatedAt: now,
        data: 'not a reading at all',
      },
      null,
    );
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    const canvas = await drawn(el, 'history');
    expect(paintedPixels(canvas)).to.be.greaterThan(100);
    const rows = tableRows(el.shadowRoot!.querySelector<HTMLTableElement>('.history table')!);
    expect(rows).to.deep.include(['Mental wellbeing', '14 (outside 1 to 10)']);
    expect(rows).to.deep.include(['Hope for the future', '6']);
    expect(rows).to.deep.include(['garden (not in this set of areas)', '5']);
    expect(el.shadowRoot!.textContent).to.include('shown as it is and left untouched');
    expect(all(el, '.reading-row button')).to.have.length(0);
    const unreadable = all(el, '.reading-row').find((row) =>
      row.textContent!.includes('A reading that could not be read'),
    )!;
    expect(unreadable.querySelector<HTMLInputElement>('input')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the reading on screen when saving fails, says so, and saves on retry', async () => {
    const { store, faults } = await createFaultyStore('star-faults');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    rate(el, 0, 6);
    const note = el.shadowRoot!.querySelector<HTMLInputElement>('#note-0')!;
    note.value = 'Better week';
    note.dispatchEvent(new Event('input'));
    faults.fail('put', 'quota-exceeded');
    const failed = oneEvent(el, 'rk-storage-error');
    saveButton(el).click();
    const { detail } = await failed;
    expect(detail.error.code).to.equal('quota-exceeded');
    expect(detail.operation).to.equal('save-reading');
    await el.updateComplete;
    expect(el.currentDraft.scores).to.deep.equal({ wellbeing: 6 });
    expect(el.currentDraft.notes).to.deep.equal({ wellbeing: 'Better week' });
    expect(all<HTMLInputElement>(el, 'input[name="score-0"]')[5].checked).to.equal(true);
    expect(await store.collection(readingModel).count()).to.equal(0);

    faults.clear();
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    await waitUntil(() => status.shadowRoot?.querySelector('[part="retry"]'), 'retry offered');
    const saved = oneEvent(el, 'rk-reading-saved');
    status.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const savedEvent = await saved;
    expect(savedEvent.detail.reading.data.notes).to.deep.equal({ wellbeing: 'Better week' });
    expect(await store.collection(readingModel).count()).to.equal(1);
    await el.updateComplete;
    expect(el.currentDraft.scores).to.deep.equal({});
  });

  it('asks for at least one rating before saving', async () => {
    const store = await createTestStore('star-empty-save');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    saveButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#form-error')!.textContent).to.include(
      'Please rate at least one area',
    );
    expect(el.shadowRoot!.activeElement).to.equal(all(el, 'input[name="score-0"]')[0]);
    expect(await store.collection(readingModel).count()).to.equal(0);
  });

  it('says when saved readings cannot be loaded, and loads them on “Try again”', async () => {
    const { store, faults } = await createFaultyStore('star-load-fail');
    faults.fail('list', 'unavailable', { times: 1 });
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.textContent).to.include('could not be loaded just now');
    const tryAgain = all<HTMLButtonElement>(el, '.history button').find((b) =>
      b.textContent!.includes('Try again'),
    )!;
    tryAgain.click();
    await waitUntil(
      () => !el.shadowRoot!.textContent!.includes('could not be loaded just now'),
      'loaded again',
    );
    expect(el.shadowRoot!.textContent).to.include('No readings saved yet');
  });

  it('works inside <rk-provider>, sharing its store', async () => {
    const store = await createTestStore('star-provider');
    const provider = await fixture(
      html`<rk-provider .store=${store}
        ><rk-star-assessment heading-level="3"></rk-star-assessment
      ></rk-provider>`,
    );
    const el = provider.querySelector('rk-star-assessment')!;
    await loaded(el);
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.include('Life areas');
    rate(el, 3, 2);
    const saved = oneEvent(el, 'rk-reading-saved');
    saveButton(el).click();
    await saved;
    const stored = await store.collection(readingModel).all();
    expect(stored[0].record?.data.scores).to.deep.equal({ money: 2 });
  });
});
