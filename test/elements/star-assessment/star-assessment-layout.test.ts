import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, charts, drawn, loaded } from './helpers.js';

async function assessment(width: number): Promise<RkStarAssessment> {
  await setViewport({ width, height: 900 });
  const store = await createTestStore('star-layout');
  const el = await fixture<RkStarAssessment>(
    html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
  );
  await loaded(el);
  all<HTMLInputElement>(el, 'input[name="score-0"]')[0].click(); // the chart shows from the first score
  await drawn(el, 'live');
  return el;
}

const widthOf = (el: Element | null) => el!.getBoundingClientRect().width;

/** Rows of the 1-10 buttons that wrap onto more than one line. */
const wrappedScales = (el: RkStarAssessment) =>
  all(el, '[part="scale"]').filter(
    (scale) =>
      new Set([...scale.children].map((score) => Math.round(score.getBoundingClientRect().top)))
        .size > 1,
  );

interface LabelBox {
  left: number;
  right: number;
}

/** The radar's diameter, the room between two tick labels, and the area labels cut off. */
function radar(el: RkStarAssessment): { diameter: number; tickGap: number; cut: number } {
  const chart = charts(el).live.chart!;
  const scale = chart.scales.r as unknown as {
    drawingArea: number;
    ticks: unknown[];
    _pointLabelItems: LabelBox[];
  };
  return {
    diameter: scale.drawingArea * 2,
    tickGap: scale.drawingArea / (scale.ticks.length - 1),
    cut: scale._pointLabelItems.filter((box) => box.left < 0 || box.right > chart.width).length,
  };
}

describe('<rk-star-assessment> layout', () => {
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await cleanupStores();
  });

  it('on a 1,000 px screen the chart takes half the width, big enough to read', async function () {
    this.timeout(20_000);
    const el = await assessment(1000);
    const layout = el.shadowRoot!.querySelector('.take-layout');
    const chart = el.shadowRoot!.querySelector('[data-chart="live"] .rk-chart');
    expect(widthOf(chart)).to.be.at.least(widthOf(layout) * 0.48);
    expect(radar(el).diameter).to.be.at.least(240);
    // Tick labels (2, 4, ... 10) have room between them: at least a line of small text.
    expect(radar(el).tickGap).to.be.at.least(16);
    expect(radar(el).cut, 'area labels cut off').to.equal(0);
    expect(wrappedScales(el)).to.deep.equal([]);
  });

  it('on a 320 px phone (so also 360 px) the chart takes the full width, its area names fit, and each 1-10 row stays on one line', async function () {
    this.timeout(20_000);
    const el = await assessment(320);
    const layout = el.shadowRoot!.querySelector('.take-layout');
    const chart = el.shadowRoot!.querySelector('[data-chart="live"] .rk-chart');
    expect(widthOf(chart)).to.be.closeTo(widthOf(layout), 1);
    expect(radar(el).tickGap).to.be.at.least(16);
    expect(radar(el).cut, 'area labels cut off').to.equal(0);
    expect(all(el, '[part="scale"]').length).to.be.greaterThan(0);
    expect(wrappedScales(el).length).to.equal(0);
    // Each button is still a comfortable target (WCAG 2.5.8: at least 24 by 24 px).
    for (const score of all(el, '.score')) {
      const box = score.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
