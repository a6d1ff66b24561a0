import type { ReactiveControllerHost } from 'lit';
import type { AreaSet } from '../../core/life-areas.js';
import { ChartController } from '../chart/chart-controller.js';
import { radarSpec, type RadarSeries } from './radar-spec.js';
import type { ReadingInProgress } from './reading-in-progress.js';
import type { ShownHistory } from './shown-history.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** What the star assessment's two charts are drawn from. */
export interface StarChartSource {
  strings(): StarAssessmentStrings;
  areaSet(): AreaSet;
  /** The reading being taken, as a chart series. */
  draftSeries(): RadarSeries;
  draft: ReadingInProgress;
  history: ShownHistory;
}

/** The star assessment's two radar charts. */
export interface StarCharts {
  live: ChartController<'radar'>;
  history: ChartController<'radar'>;
}

/**
 * The star assessment's radar charts: `live`, of the reading being taken (redrawn as
 * each score changes), and `history`, of the saved readings chosen to be shown.
 */
export function starCharts(
  host: ReactiveControllerHost & HTMLElement,
  source: StarChartSource,
): StarCharts {
  const { draft, history } = source;
  return {
    live: new ChartController(host, {
      kind: 'radar',
      label: () => source.strings().liveChartLabel,
      build: (theme) => radarSpec(source.areaSet().areas, [source.draftSeries()], theme),
      deps: () => [draft.reading.scores, source.areaSet(), source.strings()],
    }),
    history: new ChartController(host, {
      kind: 'radar',
      label: () => source.strings().historyChartLabel(history.series.length),
      build: (theme) => radarSpec(history.areas, history.series, theme),
      deps: () => [history.series, history.areas],
    }),
  };
}
