import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { loadChart, type ChartKind } from './load-chart.js';
import type { ChartTheme } from './chart-theme.js';
import type * as Drawing from './chart-drawing.js';

/** What a chart shows: chart.js `data` and (optional) `options` for its kind. */
export interface ChartSpec<K extends ChartKind> {
  data: ChartData<K>;
  options?: ChartOptions<K>;
}

/** How a host describes its chart to {@link ChartController}. */
export interface ChartControllerOptions<K extends ChartKind> {
  /** Which chart.js pieces to load: `radar`, `line` or `bar`. */
  kind: K;
  /**
   * Builds the chart from the host's current state, with colours from `theme`
   * (use `theme.series(i)` for each dataset so series differ by colour, dash and point
   * shape). Called after every host update and whenever the theme changes; keep it pure.
   */
  build(theme: ChartTheme): ChartSpec<K>;
  /**
   * The canvas's accessible name, for example "Chart of your reading on 3 March. The
   * table below has the same information." Every chart needs a table or list with
   * the same data beside it (WCAG text alternative); the canvas is only a picture.
   */
  label(): string;
  /**
   * Optional: the values the chart is drawn from. When given, the chart is redrawn only
   * when one of them changed (compared with `Object.is`, item by item) or the theme
   * changed, so host updates that do not touch the chart cost nothing. Return the
   * same objects while the data is the same (memoise them in the host). Returning
   * `undefined` means "always redraw".
   */
  deps?(): readonly unknown[] | undefined;
}

/** Where the chart is: not asked for yet, chart.js loading, drawn, or chart.js failed to load. */
export type ChartStatus = 'idle' | 'loading' | 'ready' | 'failed';

let animationsAllowed = true;

/**
 * Turns chart animation off (or back on) for every chart on the page. Tests call
 * `setChartAnimation(false)` so charts are drawn at once. Animation is always off
 * while the person prefers reduced motion.
 */
export function setChartAnimation(enabled: boolean): void {
  animationsAllowed = enabled;
}

/** @internal Whether `setChartAnimation` allows animation (for chart-drawing.ts). */
export const chartAnimationAllowed = (): boolean => animationsAllowed;

let drawingModule: Promise<typeof Drawing> | undefined;

/**
 * The drawing code, loaded once. It is asked for again after a failure, but Chromium keeps
 * a module that failed to load failed until the page reloads.
 */
function loadDrawing(): Promise<typeof Drawing> {
  drawingModule ??= import('./chart-drawing.js').catch((error: unknown) => {
    drawingModule = undefined;
    throw error;
  });
  return drawingModule;
}

/**
 * Draws one chart.js chart inside a Lit element's shadow root and keeps it in step with
 * the element. chart.js and the drawing code (chart-drawing.ts) are loaded lazily, in
 * parallel, the first time the chart's canvas is rendered, so the rest of the element
 * (its table, the text alternative) works before they arrive.
 *
 * Use:
 * ```ts
 * class MyElement extends LitElement {
 *   static styles = [chartStyles, css`.rk-chart { --rk-chart-block-size: 16rem; }`];
 *   private chart = new ChartController(this, {
 *     kind: 'bar',
 *     label: () => 'Steps done per goal. The table below has the same numbers.',
 *     build: (theme) => ({
 *       data: { labels: ['A', 'B'], datasets: [{ data: [1, 2], backgroundColor: theme.series(0).color }] },
 *       options: { scales: { y: { grid: { color: theme.grid } } } },
 *     }),
 *   });
 *   render() {
 *     return html`${this.chart.render()} <table>...same data...</table>`;
 *   }
 * }
 * ```
 *
 * - After every host update the controller calls `build(theme)` and redraws (no
 *   animation when the person prefers reduced motion or after `setChartAnimation(false)`);
 *   give `deps()` to skip redraws when the chart's data did not change.
 * - Base options it sets (yours override them): `responsive`, `maintainAspectRatio: false`
 *   (the container's CSS decides the size), `color`, `borderColor` and `font` from the theme.
 * - Colours come from `--rk-*` tokens (`CHART_TOKENS`), re-read when the colour scheme,
 *   forced colours or contrast preference change, or when an ancestor's `class`, `style`,
 *   `theme`, `data-theme`, `color-scheme` or `dir` attribute changes; call `refresh()`
 *   after any other theme change.
 * - The chart is destroyed when the host disconnects and rebuilt when it reconnects.
 * - `status` says whether it is loading, drawn or failed; the host re-renders when it
 *   changes, so it can say "The chart could not be shown" and point at the table.
 */
export class ChartController<K extends ChartKind> implements ReactiveController {
  /** Where the chart is; the host re-renders whenever this changes. */
  status: ChartStatus = 'idle';

  private readonly canvasRef = createRef<HTMLCanvasElement>();
  private readonly probeRef = createRef<HTMLSpanElement>();
  private drawing: Drawing.ChartDrawing<K> | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions<K>,
  ) {
    host.addController(this);
  }

  /** The chart.js instance once drawn (for tests and advanced use). */
  get chart(): Chart<K> | undefined {
    return this.drawing?.chart;
  }

  /** The theme the chart was last drawn with. */
  get theme(): ChartTheme | undefined {
    return this.drawing?.theme;
  }

  /**
   * The chart's container (`part="chart"`, class `rk-chart`) with its canvas
   * (`role="img"`, named by `label()`). Put it in the host's template where the chart
   * goes; leave it out while no chart is needed and chart.js is not loaded.
   */
  render(): TemplateResult {
    return html`<div class="rk-chart" part="chart">
      <canvas ${ref(this.canvasRef)} role="img" aria-label=${this.options.label()}></canvas>
      <span class="rk-chart-probe" aria-hidden="true" ${ref(this.probeRef)}></span>
    </div>`;
  }

  /** Re-reads the theme tokens and redraws. */
  refresh(): void {
    this.drawing?.refresh();
    this.host.requestUpdate();
  }

  /**
   * The chart as a PNG on the theme's background colour (the canvas itself is
   * see-through). Rejects when the chart has not been drawn.
   */
  async toPngBlob(): Promise<Blob> {
    if (!this.drawing) throw new Error('The chart has not been drawn yet.');
    return this.drawing.toPngBlob();
  }

  hostConnected(): void {
    this.connected = true;
    this.drawing?.connect();
    // After a move the chart was destroyed; Lit does not re-render on reconnection, so ask.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.drawing?.disconnect();
    if (this.status === 'ready') this.status = 'idle';
  }

  hostUpdated(): void {
    const canvas = this.canvasRef.value;
    if (this.drawing) {
      const drawn = this.drawing.update(canvas, this.probeRef.value);
      if (drawn) this.setStatus('ready');
      else if (this.status === 'ready') this.status = 'idle';
    } else if (canvas?.isConnected && this.probeRef.value && this.status !== 'loading') {
      void this.load();
    }
  }

  /** Loads chart.js and the drawing code together, then draws if the canvas is still there. */
  private async load(): Promise<void> {
    this.setStatus('loading');
    try {
      const [{ ChartDrawing }, ChartClass] = await Promise.all([
        loadDrawing(),
        loadChart(this.options.kind),
      ]);
      this.drawing ??= new ChartDrawing(this.host, this.options, ChartClass);
    } catch (error) {
      console.warn(
        'recovery-kit: the chart could not be loaded; the table shows the same data.',
        error,
      );
      this.setStatus('failed');
      return;
    }
    if (this.connected) this.drawing.connect();
    this.setStatus(
      this.connected && this.drawing.update(this.canvasRef.value, this.probeRef.value)
        ? 'ready'
        : 'idle',
    );
  }

  private setStatus(status: ChartStatus): void {
    if (this.status === status) return;
    this.status = status;
    // A later microtask, so the host never schedules an update from inside its own update.
    queueMicrotask(() => this.host.requestUpdate());
  }
}
