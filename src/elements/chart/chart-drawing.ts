import type { ReactiveControllerHost } from 'lit';
import type { Chart, ChartOptions } from 'chart.js';
import type { ChartClass, ChartKind } from './load-chart.js';
import { readChartTheme, type ChartTheme } from './chart-theme.js';
import { chartAnimationAllowed, type ChartControllerOptions } from './chart-controller.js';

const THEME_ATTRIBUTES = ['class', 'style', 'theme', 'data-theme', 'color-scheme', 'dir'];
const THEME_QUERIES = [
  '(prefers-color-scheme: dark)',
  '(forced-colors: active)',
  '(prefers-contrast: more)',
];

/**
 * The drawing half of `ChartController`, loaded with chart.js the first time a chart's
 * canvas is rendered (so a page whose chart is not shown never downloads it): creates,
 * redraws and destroys the chart.js instance, and re-reads the theme tokens when the
 * colour scheme, forced colours, contrast or an ancestor's theme attribute change.
 */
export class ChartDrawing<K extends ChartKind> {
  chart: Chart<K> | undefined;
  theme: ChartTheme | undefined;

  private readonly queries: MediaQueryList[] = [];
  private observer: MutationObserver | undefined;
  private themeStale = true;
  private drawnDeps: readonly unknown[] | undefined;
  private readonly onThemeChange = (): void => {
    this.themeStale = true;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions<K>,
    private readonly ChartClass: ChartClass,
  ) {}

  /** Starts watching the theme (the host is connected). */
  connect(): void {
    this.themeStale = true;
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
  }

  /** Stops watching the theme and destroys the chart (the host is disconnected). */
  disconnect(): void {
    for (const list of this.queries.splice(0))
      list.removeEventListener('change', this.onThemeChange);
    this.observer?.disconnect();
    this.observer = undefined;
    this.destroy();
  }

  /** The theme tokens are read again at the next draw. */
  refresh(): void {
    this.themeStale = true;
  }

  /**
   * After a host update: draws on `canvas` (creating the chart, or redrawing it when its
   * deps or the theme changed), or destroys a chart whose canvas is gone. True while a
   * chart is drawn.
   */
  update(canvas: HTMLCanvasElement | undefined, probe: HTMLSpanElement | undefined): boolean {
    if (this.chart && this.chart.canvas !== canvas) this.destroy();
    if (!canvas?.isConnected || !probe) return this.chart !== undefined;
    if (this.chart) this.draw(this.chart, probe);
    else {
      const spec = this.spec(probe, canvas);
      this.chart = new this.ChartClass(canvas, {
        type: this.options.kind,
        data: spec.data,
        options: spec.options,
      }) as Chart<K>;
    }
    return true;
  }

  /** The chart as a PNG on the theme's background colour (see `ChartController.toPngBlob`). */
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

  private draw(chart: Chart<K>, probe: HTMLSpanElement): void {
    const deps = this.options.deps?.();
    const same =
      deps !== undefined &&
      !this.themeStale &&
      this.drawnDeps?.length === deps.length &&
      deps.every((dep, i) => Object.is(dep, this.drawnDeps?.[i]));
    if (same) return;
    const spec = this.spec(probe, chart.canvas);
    chart.data = spec.data;
    chart.options = spec.options as typeof chart.options;
    chart.update();
  }

  private spec(probe: HTMLSpanElement, canvas: HTMLCanvasElement) {
    if (this.themeStale || !this.theme) {
      this.theme = readChartTheme(probe, canvas);
      this.themeStale = false;
    }
    const theme = this.theme;
    this.drawnDeps = this.options.deps?.();
    const built = this.options.build(theme);
    const animate =
      chartAnimationAllowed() && !matchMedia('(prefers-reduced-motion: reduce)').matches;
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
  }
}
