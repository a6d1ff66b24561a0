import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { readingModel } from '../../../src/core/reading.js';
import { DEFAULT_AREAS } from '../../../src/core/life-areas.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  all,
  charts,
  columns,
  drawn,
  loaded,
  paintedPixels,
  pickerBox,
  seedReading,
  tableRows,
} from './helpers.js';

const scores = (...values: number[]) =>
  Object.fromEntries(DEFAULT_AREAS.map((area, i) => [area.key, values[i]]));

async function seeded(): Promise<{ store: RecordStore; el: RkStarAssessment }> {
  const store = await createTestStore('star-history');
  await seedReading(store, '2026-03-03', scores(3, 5, 6, 2, 4, 6, 4, 4), {
    notes: { hope: 'A hard winter' },
  });
  await seedReading(store, '2026-06-10', scores(5, 5, 7, 3, 6, 7, 5, 6), {
    focusAreas: ['money', 'self'],
  });
  await seedReading(store, '2026-06-12', scores(6, 4, 7, 4, 6, 7, 6, 7), {
    by: { role: 'supporter', name: 'Sam' },
  });
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
  );
  await loaded(el);
  return { store, el };
}

describe('<rk-star-assessment> readings over time', () => {
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  afterEach(cleanupStores);

  it('shows the newest own reading and the newest supporter reading first, own view first', async () => {
    const { el } = await seeded();
    const canvas = await drawn(el, 'history');
    expect(paintedPixels(canvas)).to.be.greaterThan(100);
    const datasets = charts(el).history.chart!.data.datasets;
    expect(datasets.map((d) => d.label)).to.deep.equal([
      '10 June 2026, your view',
      '12 June 2026, Sam’s view',
    ]);
    expect(el.shadowRoot!.querySelector('[part="supporter-badge"]')!.textContent).to.include(
      'Supporter’s view',
    );
    await expect(el).to.be.accessible();
  });

  it('overlays up to three readings chosen by keyboard, each with its own line style', async () => {
    const { el } = await seeded();
    await drawn(el, 'history');
    pickerBox(el, '3 March 2026').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const chart = charts(el).history.chart!;
    expect(chart.data.datasets).to.have.length(3);
    const dashes = chart.data.datasets.map((d) =>
      JSON.stringify((d as { borderDash?: number[] }).borderDash),
    );
    expect(new Set(dashes).size).to.equal(3);
    expect(all<HTMLInputElement>(el, '.picker input').every((box) => box.checked)).to.equal(true);
    expect(all(el, '.legend li')).to.have.length(3);

    pickerBox(el, '12 June 2026').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(charts(el).history.chart!.data.datasets.map((d) => d.label)).to.deep.equal([
      '10 June 2026, your view',
      '3 March 2026, your view',
    ]);
  });

  it('has a table with exactly the data drawn on the chart', async () => {
    const { el } = await seeded();
    pickerBox(el, '3 March 2026').click();
    await el.updateComplete;
    await drawn(el, 'history');
    const chart = charts(el).history.chart!;
    const table = columns(el);
    expect(Object.keys(table)).to.deep.equal(chart.data.datasets.map((d) => d.label));
    for (const dataset of chart.data.datasets) {
      expect(table[dataset.label!]).to.deep.equal(dataset.data.map((value) => String(value)));
    }
    const rowLabels = tableRows(el.shadowRoot!.querySelector<HTMLTableElement>('.history table')!)
      .slice(1)
      .map((row) => row[0]);
    expect(rowLabels).to.deep.equal(DEFAULT_AREAS.map((area) => area.label));
    expect((chart.data.labels as string[][]).map((lines) => lines.join(' '))).to.deep.equal(
      rowLabels,
    );
  });

  it('says per area how a reading changed since the previous one of its kind', async () => {
    const { el } = await seeded();
    const details = all(el, '[part="reading-details"]');
    const own = details.find((d) => d.textContent!.includes('10 June 2026, your view'))!;
    const line = (key: string) =>
      own.querySelector(`[data-area="${key}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(line('wellbeing')).to.equal('Mental wellbeing: 5, up 2 since 3 March 2026');
    expect(line('body')).to.equal('Physical health and self-care: 5, the same as on 3 March 2026');
    expect(own.textContent).to.include('Money and practical matters, Confidence and sense of self');
    const supporter = details.find((d) => d.textContent!.includes('Sam’s view'))!;
    expect(supporter.textContent).to.include('There is no earlier reading of the same kind');
  });

  it('records a supporter’s reading beside the person’s own, clearly labelled', async () => {
    const store = await createTestStore('star-supporter');
    await seedReading(store, '2026-06-10', scores(5, 5, 7, 3, 6, 7, 5, 6));
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    const supporterRadio = all<HTMLInputElement>(el, 'input[name="whose"]')[1];
    supporterRadio.click();
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#supporter-name')!;
    name.focus();
    await sendKeys({ type: 'Alex (peer worker)' });
    all<HTMLInputElement>(el, 'input[name="score-0"]')[7].click();
    all<HTMLInputElement>(el, 'input[name="score-7"]')[2].click();
    const saved = oneEvent(el, 'rk-reading-saved');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
    const { detail } = await saved;
    expect(detail.reading.data.by).to.deep.equal({ role: 'supporter', name: 'Alex (peer worker)' });
    expect(detail.reading.data.scores).to.deep.equal({ wellbeing: 8, hope: 3 });

    const fresh = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(fresh);
    await drawn(fresh, 'history');
    const labels = charts(fresh).history.chart!.data.datasets.map((d) => d.label);
    expect(labels[0]).to.include('your view');
    expect(labels[1]).to.include('Alex (peer worker)’s view');
    expect(all(fresh, '[part="supporter-badge"]')).to.have.length(1);
  });

  it('removes a reading after asking, and fires rk-reading-removed', async () => {
    const { store, el } = await seeded();
    const row = all(el, '.reading-row').find((r) => r.textContent!.includes('3 March 2026'))!;
    row.querySelector<HTMLButtonElement>('button.quiet')!.click();
    await el.updateComplete;
    const confirm = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm-remove]')!;
    const removed = oneEvent(el, 'rk-reading-removed');
    confirm.click();
    const { detail } = await removed;
    expect(detail.reading.data.takenAt).to.equal('2026-03-03');
    expect(await store.collection(readingModel).count()).to.equal(2);
    await waitUntil(() => all(el, '.reading-row').length === 2, 'list updated');
    await expect(el).to.be.accessible();
  });

  it('downloads the chart as a PNG without any network request', async () => {
    const { el } = await seeded();
    await drawn(el, 'history');
    let href = '';
    let filename = '';
    const capture = (event: Event) => {
      const link = event.target;
      if (link instanceof HTMLAnchorElement && link.download) {
        href = link.href;
        filename = link.download;
        event.preventDefault();
      }
    };
    document.addEventListener('click', capture, true);
    try {
      const button = all<HTMLButtonElement>(el, '.history button.secondary').find((b) =>
        b.textContent!.includes('PNG'),
      )!;
      button.click();
      // toBlob encodes in idle time, which a background tab in a parallel run gets rarely.
      await waitUntil(() => href !== '', 'download offered', { timeout: 8000 });
    } finally {
      document.removeEventListener('click', capture, true);
    }
    expect(href.startsWith('blob:')).to.equal(true);
    expect(filename).to.equal('life-areas-2026-06-10.png');
  });

  it('is read-only with readonly: no form, no remove buttons, history still shown', async () => {
    const store = await createTestStore('star-readonly');
    await seedReading(store, '2026-06-10', scores(5, 5, 7, 3, 6, 7, 5, 6));
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment readonly .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(all(el, '.reading-row button')).to.have.length(0);
    const canvas = await drawn(el, 'history');
    expect(paintedPixels(canvas)).to.be.greaterThan(100);
    expect(charts(el).live.chart).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
