import type { ReactiveControllerHost } from 'lit';
import type { ChartController, ChartSpec } from '../chart/chart-controller.js';
import type { ChartTheme } from '../chart/chart-theme.js';
import { LazyChart } from '../chart/lazy-chart.js';
import type { OverviewChart } from './goal-overview.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/**
 * The overview's optional bar chart, hidden until the person asks for it: only then are
 * the chart's controller, its drawing code and chart.js loaded and its canvas rendered.
 */
export class OverviewChartToggle implements OverviewChart {
  shown = false;
  readonly #chart: LazyChart<'bar'>;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    strings: () => GoalTrackerStrings,
    /** The chart of today's tallies (`overviewChart`, from the list view's chunk). */
    build: (theme: ChartTheme) => ChartSpec<'bar'>,
  ) {
    this.#host = host;
    this.#chart = new LazyChart(host, {
      kind: 'bar',
      label: () => strings().chartLabel,
      build,
    });
  }

  /** The chart itself once asked for and loaded (its status and chart.js instance, for tests). */
  get controller(): ChartController<'bar'> | undefined {
    return this.#chart.controller;
  }

  /** True when the chart was asked for and chart.js could not be loaded. */
  get failed(): boolean {
    return this.shown && this.#chart.failed;
  }

  readonly toggle = (): void => {
    this.shown = !this.shown;
    this.#host.requestUpdate();
  };

  readonly render = () => this.#chart.render();
}
