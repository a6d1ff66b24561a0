import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { readingModel } from '../../../src/core/reading.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, charts, drawn, loaded, tableRows } from './helpers.js';

interface Hold {
  /** Resolves once the element has asked for the radar chart (and got the stand-in). */
  asked: Promise<void>;
  /** Lets the real radar chart module, and chart.js with it, load. */
  release(): void;
}

/**
 * Holds back chart.js in this page (each test file has a page of its own) until
 * `release()`: an import map sends the element's dynamic import of the radar module to a
 * stand-in that says it was asked for, waits, then imports the real one. Nothing in the
 * library changes; the element sees chart.js still loading for as long as the test needs,
 * without timings.
 */
function holdChartJs(): Hold {
  const hold = {} as Hold & { gate: Promise<void>; onAsked(): void };
  hold.gate = new Promise<void>((resolve) => (hold.release = resolve));
  hold.asked = new Promise<void>((resolve) => (hold.onAsked = resolve));
  (globalThis as { rkTestChartHold?: typeof hold }).rkTestChartHold = hold;
  const radar = new URL('/src/elements/chart/radar-chart', location.href).href;
  const standIn = URL.createObjectURL(
    new Blob(
      [
        `const hold = globalThis.rkTestChartHold;
        hold.onAsked();
        await hold.gate;
        export const { registeredChart } = await import(${JSON.stringify(`${radar}.ts?held`)});`,
      ],
      { type: 'text/javascript' },
    ),
  );
  const map = document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({
    imports: { [`${radar}.ts`]: standIn, [`${radar}.js`]: standIn },
  });
  document.head.append(map);
  return hold;
}

const chartJsRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chart.js/'));

describe('<rk-star-assessment> before chart.js has loaded', () => {
  let hold: Hold;
  before(() => {
    setChartAnimation(false);
    // Room for every module of this page in the resource list `chartJsRequested` reads.
    performance.setResourceTimingBufferSize(5000);
    hold = holdChartJs();
  });
  after(() => {
    hold.release();
    setChartAnimation(true);
  });
  afterEach(cleanupStores);

  it('rates by keyboard and saves while the chart is still loading, then draws it', async () => {
    const store = await createTestStore('star-chart-pending');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    all<HTMLInputElement>(el, 'input[name="score-0"]')[0].focus();
    await sendKeys({ press: 'Space' });
    await hold.asked;
    const { live, history } = charts(el);
    expect(live.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('.live')!.textContent).to.include('Drawing the chart…');

    for (let step = 0; step < 3; step += 1) await sendKeys({ press: 'ArrowRight' });
    all<HTMLInputElement>(el, 'input[name="score-7"]')[0].focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.currentDraft.scores).to.deep.equal({ wellbeing: 4, hope: 2 });
    const liveTable = el.shadowRoot!.querySelector<HTMLTableElement>('.live table')!;
    expect(tableRows(liveTable)[1]).to.deep.equal(['Mental wellbeing', '4']);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.focus();
    const saved = oneEvent(el, 'rk-reading-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.reading.data.scores).to.deep.equal({ wellbeing: 4, hope: 2 });
    const stored = await store.collection(readingModel).all();
    expect(stored.map((item) => item.record?.data.scores)).to.deep.equal([
      { wellbeing: 4, hope: 2 },
    ]);
    await el.updateComplete;
    const historyTable = el.shadowRoot!.querySelector<HTMLTableElement>('.history table')!;
    expect(tableRows(historyTable)[1]).to.deep.equal(['Mental wellbeing', '4']);

    // Everything above happened with chart.js not even requested.
    expect(live.status).to.equal('loading');
    expect(history.status).to.equal('loading');
    expect(chartJsRequested()).to.equal(false);
    await expect(el).to.be.accessible();

    hold.release();
    await drawn(el, 'history');
    expect(history.chart!.data.datasets[0].data).to.deep.equal([
      4,
      null,
      null,
      null,
      null,
      null,
      null,
      2,
    ]);
    expect(chartJsRequested()).to.equal(true);
  });
});
