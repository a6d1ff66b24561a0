import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { loadChart, type ChartKind } from './load-chart.js';
import { readChartTheme, type ChartTheme } from './chart-theme.js';

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

const THEME_ATTRIBUTES = ['class', 'style', 'theme', 'data-theme', 'color-scheme', 'dir'];
const THEME_QUERIES = [
  '(prefers-color-scheme: dark)',
  '(forced-colors: active)',
  '(prefers-contrast: more)',
];

/**
 * Draws one chart.js chart inside a Lit element's shadow root and keeps it in step with
 * the element. chart.js is loaded lazily (see `loadChart`) the first time the chart's
 * canvas is rendered, so the rest of the element works before it arrives.
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
  /** The chart.js instance once drawn (for tests and advanced use). */
  chart: Chart<K> | undefined;
  /** The theme the chart was last drawn with. */
  theme: ChartTheme | undefined;

  private readonly canvasRef = createRef<HTMLCanvasElement>();
  private readonly probeRef = createRef<HTMLSpanElement>();
  private readonly queries: MediaQueryList[] = [];
  private observer: MutationObserver | undefined;
  private connected = false;
  private themeStale = true;
  private drawnDeps: readonly unknown[] | undefined;
  private readonly onThemeChange = (): void => this.refresh();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions<K>,
  ) {
    host.addController(this);
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
    this.themeStale = true;
    this.host.requestUpdate();
  }

  /**
   * The chart as a PNG on the theme's background colour (the canvas itself is
   * see-through). Rejects when the chart has not been drawn.
   */
  async toPngBlob(): Promise<Blob> {
    const source = this.chart?.canvas;
    if (!source || !this.theme) throw new Error('The chart has not been drawn yet.');
    const image = document.createElement('canvas');
    image.width = source.width;
    image.height = source.height;
    const context = image.getContext('2d');
    if (!context) throw new Error('No 2D canvas context.');
    context.fillStyle = this.theme.surface;
    context.fillRect(0, 0, image.width, image.height);
    context.drawImage(source, 0, 0);
    return new Promise((resolve, reject) => {
      image.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      );
    });
  }

  hostConnected(): void {
    this.connected = true;
    for (const query of THEME_QUERIES) {
      const list = matchMedia(query);
      list.addEventListener('change', this.onThemeChange);
      this.queries.push(list);
    }
    this.observer = new MutationObserver(this.onThemeChange);
    for (
      let node: Node | null = this.host;
      node;
      node = node.parentNode ?? (node as ShadowRoot).host ?? null
    ) {
      if (node instanceof Element) {
        this.observer.observe(node, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
      }
    }
    // After a move the chart was destroyed; Lit does not re-render on reconnection, so ask.
    this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const list of this.queries.splice(0))
      list.removeEventListener('change', this.onThemeChange);
    this.observer?.disconnect();
    this.observer = undefined;
    this.destroy();
  }

  hostUpdated(): void {
    const canvas = this.canvasRef.value;
    if (this.chart && this.chart.canvas !== canvas) this.destroy();
    if (!canvas || !canvas.isConnected || !this.probeRef.value) return;
    if (this.chart) this.draw(this.chart);
    else if (this.status !== 'loading') void this.create(canvas);
  }

  private async create(canvas: HTMLCanvasElement): Promise<void> {
    this.setStatus('loading');
    let ChartClass;
    try {
      ChartClass = await loadChart(this.options.kind);
    } catch (error) {
      console.warn(
        'recovery-kit: the chart could not be loaded; the table shows the same data.',
        error,
      );
      this.setStatus('failed');
      return;
    }
    if (
      !this.connected ||
      this.canvasRef.value !== canvas ||
      !canvas.isConnected ||
      !this.probeRef.value
    ) {
      this.setStatus('idle');
      return;
    }
    const spec = this.spec();
    this.chart = new ChartClass(canvas, {
      type: this.options.kind,
      data: spec.data,
      options: spec.options,
    }) as Chart<K>;
    this.setStatus('ready');
  }

  private draw(chart: Chart<K>): void {
    const deps = this.options.deps?.();
    const same =
      deps !== undefined &&
      !this.themeStale &&
      this.drawnDeps?.length === deps.length &&
      deps.every((dep, i) => Object.is(dep, this.drawnDeps?.[i]));
    if (same) return;
    const spec = this.spec();
    chart.data = spec.data;
    chart.options = spec.options as typeof chart.options;
    chart.update();
  }

  private spec(): { data: ChartData<K>; options: ChartOptions<K> } {
    const probe = this.probeRef.value as HTMLSpanElement;
    if (this.themeStale || !this.theme) {
      this.theme = readChartTheme(probe, this.canvasRef.value ?? probe);
      this.themeStale = false;
    }
    const theme = this.theme;
    this.drawnDeps = this.options.deps?.();
    const built = this.options.build(theme);
    const animate = animationsAllowed && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const base = {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 250 } : false,
      color: theme.text,
      borderColor: theme.grid,
      font: theme.font,
    };
    return { data: built.data, options: { ...base, ...built.options } as ChartOptions<K> };
  }

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawnDeps = undefined;
    if (this.status === 'ready') this.status = 'idle';
  }

  private setStatus(status: ChartStatus): void {
    if (this.status === status) return;
    this.status = status;
    // A later microtask, so the host never schedules an update from inside its own update.
    queueMicrotask(() => this.host.requestUpdate());
  }
}
