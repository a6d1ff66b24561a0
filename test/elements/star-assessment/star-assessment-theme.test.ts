import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { DEFAULT_AREAS } from '../../../src/core/life-areas.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, charts, drawn, loaded, seedReading } from './helpers.js';

const scores = (value: number) =>
  Object.fromEntries(DEFAULT_AREAS.map((area) => [area.key, value]));

/** The colour each legend swatch is drawn in, as the person sees it. */
const swatchColours = (el: RkStarAssessment) =>
  all<SVGLineElement>(el, '[part="legend"] line').map((line) => getComputedStyle(line).stroke);

/** The colour each dataset is drawn in on the canvas. */
const chartColours = (el: RkStarAssessment) =>
  charts(el).history.chart!.data.datasets.map((dataset) => String(dataset.borderColor));

describe('<rk-star-assessment> switching theme while open', () => {
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  afterEach(cleanupStores);

  it('redraws the chart and its legend in the new colours, the legend matching the chart', async () => {
    const store = await createTestStore('star-theme');
    await seedReading(store, '2026-03-03', scores(4));
    await seedReading(store, '2026-06-12', scores(6), { by: { role: 'supporter', name: 'Sam' } });
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store} theme="light"></rk-star-assessment>`,
    );
    await loaded(el);
    await drawn(el, 'history');
    const light = swatchColours(el);
    expect(light).to.have.length(2);
    expect(light).to.deep.equal(chartColours(el));

    el.setAttribute('theme', 'dark');
    await waitUntil(() => chartColours(el)[0] !== light[0], 'the chart did not redraw', {
      timeout: 5000,
    });
    await el.updateComplete;
    expect(swatchColours(el)).to.deep.equal(chartColours(el));
    expect(swatchColours(el)[0]).not.to.equal(light[0]);
  });
});
