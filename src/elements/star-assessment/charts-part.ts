import type { ReactiveControllerHost } from 'lit';
import type { CommonStrings } from '../../i18n/common.strings.js';
import { LazyPart } from '../lazy-part.js';
import type { LoadedCharts } from './history-section.js';
import type { StarChartSource, StarCharts } from './star-charts.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** The charts, their tables and the saved readings' choice and details (charts-view.ts). */
const chartsView = new LazyPart(() => import('./charts-view.js'), 'the charts');

/**
 * One star assessment's charts: their part, asked for the first time there is something
 * to chart (an area has a score, or a reading is saved), so a first visit downloads only
 * the form; and the two charts the part makes for the element when it arrives.
 */
export class ChartsPart {
  /** The live and history charts, once made (tests read them). */
  charts: StarCharts | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: StarChartSource,
  ) {}

  /** The part and the charts if `needed` and loaded; asks for the part the first time. */
  whenNeeded(needed: boolean): LoadedCharts | undefined {
    if (!needed) return undefined;
    const view = chartsView.get(this.host, () => this.host.requestUpdate());
    if (!view) return undefined;
    this.charts ??= view.starCharts(this.host, this.source);
    return { view, charts: this.charts };
  }

  /** What the history says in the readings' place while the part loads, or if it failed. */
  historyNote(common: CommonStrings): string {
    return chartsView.waitingNote(common);
  }

  /** What goes by the form in the chart's place while the part loads, or if it failed. */
  liveNote(s: StarAssessmentStrings, common: CommonStrings): string {
    return chartsView.failed ? common.partFailed : s.chartLoading;
  }
}
