import type { ReactiveControllerHost } from 'lit';
import type { ChimeTally } from '../../core/goal-operations.js';
import { ChartController } from '../chart/chart-controller.js';
import { overviewChart, type OverviewChart } from './goal-overview.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/**
 * The overview's optional bar chart, hidden until the person asks for it: only then is
 * its canvas rendered, so chart.js and the chart drawing code load then.
 */
export class OverviewChartToggle implements OverviewChart {
  shown = false;
  /** The chart itself (its status and chart.js instance, for tests). */
  readonly controller: ChartController<'bar'>;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    strings: () => GoalTrackerStrings,
    tallies: () => readonly ChimeTally[],
  ) {
    this.#host = host;
    this.controller = new ChartController(host, {
      kind: 'bar',
      label: () => strings().chartLabel,
      build: (theme) => overviewChart(strings(), tallies(), theme),
    });
  }

  /** True when the chart was asked for and chart.js could not be loaded. */
  get failed(): boolean {
    return this.shown && this.controller.status === 'failed';
  }

  readonly toggle = (): void => {
    this.shown = !this.shown;
    this.#host.requestUpdate();
  };

  readonly render = () => this.controller.render();
}
