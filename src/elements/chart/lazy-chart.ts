import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartController, ChartControllerOptions } from './chart-controller.js';
import type { ChartKind } from './load-chart.js';

/**
 * A {@link ChartController} made the first time its chart is rendered: a tool whose chart
 * is not on screen at first (the goal overview's, behind "Show chart"; the journal's, until
 * there is a check-in) never downloads the controller, and the chart's table works at once.
 * `render()` gives nothing until the controller has arrived, then its chart; `failed` is
 * true when the controller or chart.js could not be loaded (say so, and point at the table).
 */
export class LazyChart<K extends ChartKind> {
  /** The chart, once asked for and loaded (its status and chart.js instance, for tests). */
  controller: ChartController<K> | undefined;
  #loading: Promise<void> | undefined;
  #failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions<K>,
  ) {}

  /** True when the chart was asked for and could not be loaded. */
  get failed(): boolean {
    return this.#failed || this.controller?.status === 'failed';
  }

  /** The chart where it goes in the host's template; starts loading it on the first call. */
  render(): TemplateResult | typeof nothing {
    if (this.controller) return this.controller.render();
    this.#loading ??= this.#load();
    return nothing;
  }

  /** Loads the controller; after a failure the host's next update asks again (no loop). */
  async #load(): Promise<void> {
    const failedBefore = this.#failed;
    try {
      const { ChartController } = await import('./chart-controller.js');
      this.controller = new ChartController(this.host, this.options);
      this.#failed = false;
    } catch (error) {
      if (!failedBefore)
        console.warn(
          'recovery-kit: the chart could not be loaded; the table shows the same data.',
          error,
        );
      this.#failed = true;
    }
    this.#loading = undefined;
    if (this.controller || !failedBefore) this.host.requestUpdate();
  }
}
