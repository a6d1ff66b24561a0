import type { ReactiveControllerHost } from 'lit';
import type { ChimeTally } from '../../core/goal-operations.js';
import type { ChartController } from '../chart/chart-controller.js';
import { LazyChart } from '../chart/lazy-chart.js';
import { overviewChart, type OverviewChart } from './goal-overview.js';
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
    tallies: () => readonly ChimeTally[],
  ) {
    this.#host = host;
    this.#chart = new LazyChart(host, {
      kind: 'bar',
      label: () => strings().chartLabel,
      build: (theme) => overviewChart(strings(), tallies(), theme),
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
