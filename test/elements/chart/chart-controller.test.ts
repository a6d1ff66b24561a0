import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import {
  ChartController,
  setChartAnimation,
} from '../../../src/elements/chart/chart-controller.js';
import { chartStyles } from '../../../src/elements/chart/chart.styles.js';
import { loadChart } from '../../../src/elements/chart/load-chart.js';
import { withAlpha } from '../../../src/elements/chart/chart-theme.js';

class TestRadar extends LitElement {
  static override styles = [
    chartStyles,
    css`
      .rk-chart {
        --rk-chart-block-size: 300px;
        inline-size: 300px;
      }
    `,
  ];
  static override properties = { values: { attribute: false }, showChart: { type: Boolean } };
  values = [3, 5, 7, 9, 4];
  showChart = true;
  builds = 0;
  useDeps = false;
  readonly chart = new ChartController(this, {
    kind: 'radar',
    label: () => 'A test chart',
    deps: () => (this.useDeps ? [this.values] : undefined),
    build: (theme) => {
      this.builds += 1;
      const style = theme.series(0);
      return {
        data: {
          labels: ['a', 'b', 'c', 'd', 'e'],
          datasets: [
            {
              data: this.values,
              borderColor: style.color,
              backgroundColor: style.fill,
              borderDash: style.dash,
            },
          ],
        },
        options: { scales: { r: { min: 0, max: 10 } } },
      };
    },
  });
  override render() {
    return this.showChart ? this.chart.render() : html`<p>No chart</p>`;
  }
}
customElements.define('test-chart-radar', TestRadar);

function paintedPixels(canvas: HTMLCanvasElement, rgb?: [number, number, number]): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) continue;
    if (
      !rgb ||
      (Math.abs(data[i] - rgb[0]) < 8 &&
        Math.abs(data[i + 1] - rgb[1]) < 8 &&
        Math.abs(data[i + 2] - rgb[2]) < 8)
    ) {
      count += 1;
    }
  }
  return count;
}

async function ready(el: TestRadar): Promise<HTMLCanvasElement> {
  await waitUntil(() => el.chart.status === 'ready', 'chart drawn', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector('canvas')!;
}

describe('loadChart', () => {
  it('loads each kind once and gives the same Chart class', async () => {
    const first = loadChart('radar');
    expect(loadChart('radar')).to.equal(first);
    const [radar, line, bar] = await Promise.all([first, loadChart('line'), loadChart('bar')]);
    expect(radar).to.equal(line);
    expect(line).to.equal(bar);
    expect(radar.registry.getController('radar')).to.exist;
    expect(radar.registry.getController('line')).to.exist;
    expect(radar.registry.getController('bar')).to.exist;
  });
});

describe('ChartController', () => {
  before(() => setChartAnimation(false));
  after(() => setChartAnimation(true));

  it('draws the chart into the shadow root with the token colour', async () => {
    const el = await fixture<TestRadar>(
      html`<test-chart-radar style="--rk-color-series-1: rgb(200, 30, 140)"></test-chart-radar>`,
    );
    const canvas = await ready(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('A test chart');
    expect(el.chart.theme?.series(0).color).to.equal('rgb(200, 30, 140)');
    expect(paintedPixels(canvas)).to.be.greaterThan(500);
    expect(paintedPixels(canvas, [200, 30, 140])).to.be.greaterThan(50);
    expect(el.chart.chart?.options.animation).to.equal(false);
  });

  it('redraws on host updates and when an ancestor theme attribute changes', async () => {
    // (A Lit fixture: a plain <div> fixture waits for an animation frame, which a
    // background tab in a parallel test run never gets.)
    const el = await fixture<TestRadar>(html`<test-chart-radar></test-chart-radar>`);
    const wrapper = el.parentElement!;
    wrapper.setAttribute('style', '--rk-color-series-1: rgb(0, 0, 255)');
    await ready(el);
    const builds = el.builds;
    el.values = [1, 1, 1, 1, 10];
    await el.updateComplete;
    expect(el.builds).to.equal(builds + 1);
    expect(el.chart.chart?.data.datasets[0].data).to.deep.equal([1, 1, 1, 1, 10]);

    wrapper.setAttribute('style', '--rk-color-series-1: rgb(0, 128, 0)');
    await waitUntil(() => el.chart.theme?.series(0).color === 'rgb(0, 128, 0)', 'theme re-read');
  });

  it('skips redraws when deps did not change', async () => {
    const el = await fixture<TestRadar>(
      html`<test-chart-radar .useDeps=${true}></test-chart-radar>`,
    );
    await ready(el);
    const builds = el.builds;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.builds).to.equal(builds);
    el.values = [2, 2, 2, 2, 2];
    await el.updateComplete;
    expect(el.builds).to.equal(builds + 1);
    expect(el.chart.chart?.data.datasets[0].data).to.deep.equal([2, 2, 2, 2, 2]);
    el.chart.refresh();
    await el.updateComplete;
    expect(el.builds).to.equal(builds + 2);
  });

  it('gives series distinct dashes and point shapes as well as colours', async () => {
    const el = await fixture<TestRadar>(html`<test-chart-radar></test-chart-radar>`);
    await ready(el);
    const theme = el.chart.theme!;
    const styles = [0, 1, 2, 3].map((i) => theme.series(i));
    expect(new Set(styles.map((s) => JSON.stringify(s.dash))).size).to.equal(4);
    expect(new Set(styles.map((s) => s.pointStyle)).size).to.equal(4);
    expect(new Set(styles.map((s) => s.color)).size).to.equal(4);
    expect(theme.series(4)).to.deep.equal(theme.series(0));
  });

  it('destroys the chart when the canvas goes and when the host disconnects', async () => {
    const el = await fixture<TestRadar>(html`<test-chart-radar></test-chart-radar>`);
    await ready(el);
    const first = el.chart.chart!;
    el.showChart = false;
    await el.updateComplete;
    expect(el.chart.chart).to.equal(undefined);
    expect(first.canvas).to.equal(null);
    el.showChart = true;
    await ready(el);
    el.remove();
    expect(el.chart.chart).to.equal(undefined);
    document.body.append(el);
    await ready(el);
    expect(el.chart.chart).to.exist;
  });

  it('exports a PNG on the surface colour', async () => {
    const el = await fixture<TestRadar>(html`<test-chart-radar></test-chart-radar>`);
    await ready(el);
    const blob = await el.chart.toPngBlob();
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
    expect([...bytes]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });

  it('refuses a PNG before the chart is drawn', async () => {
    const el = await fixture<TestRadar>(
      html`<test-chart-radar .showChart=${false}></test-chart-radar>`,
    );
    let error: unknown;
    await el.chart.toPngBlob().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});

describe('withAlpha', () => {
  it('turns rgb() into rgba() and leaves other forms alone', () => {
    expect(withAlpha('rgb(1, 2, 3)', 0.5)).to.equal('rgba(1, 2, 3, 0.5)');
    expect(withAlpha('oklch(0.5 0.1 20)', 0.5)).to.equal('oklch(0.5 0.1 20)');
  });
});
