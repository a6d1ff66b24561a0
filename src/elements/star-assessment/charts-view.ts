// The star assessment's charts and all that goes with them, in a chunk of its own: the
// live chart of the reading being taken, with its table and download, and the saved
// readings' choice, chart, table and details. The star assessment loads it (a LazyPart)
// once the reading being taken has a score or a reading is saved, so a first visit
// downloads only the form, and chart.js only once there is something to draw. Its words
// and styles come with it.
import { css, html, type TemplateResult } from 'lit';
import type { ChartController } from '../chart/chart-controller.js';
import { chartStyles } from '../chart/chart.styles.js';
import { chartStatus, downloadButton } from './chart-panel.js';
import type { HistorySectionView } from './history-section.js';
import type { RadarSeries } from './radar-spec.js';
import { shownEntries } from './reading-entries.js';
import { legend, readingDetails, readingPicker } from './reading-history.js';
import { readingTable } from './reading-table.js';
import { chartsViewStyles } from './charts-view.styles.js';
import type { RatingFormContext } from './rating-form.js';
import { addPartDefaults } from '../../i18n/locale-registry.js';
import { starChartsStrings } from './star-charts.strings.js';

export { starCharts } from './star-charts.js';

addPartDefaults('star-assessment', starChartsStrings);

/** The part's styles, adopted by each star assessment that shows it. */
export const styles = css`
  ${chartStyles} ${chartsViewStyles}
`;

/** The live chart of the reading being taken (`series`), its table and its download. */
export function renderLiveChart(
  chart: ChartController<'radar'>,
  series: RadarSeries,
  form: Pick<RatingFormContext, 'set' | 's' | 'draft'>,
): TemplateResult {
  const { s } = form;
  return html`${chart.render()} ${chartStatus(chart, s)}
  ${readingTable(form.set.areas, [series], s)} ${downloadButton(chart, s, form.draft.takenAt)}`;
}

/** The saved readings' choice, then the chart and table of those shown, and their details. */
export function renderReadings(
  view: HistorySectionView,
  chart: ChartController<'radar'>,
): TemplateResult {
  const { ctx } = view;
  const { s } = ctx;
  const shown = shownEntries(ctx);
  const series: RadarSeries[] = view.history.series;
  return html`${readingPicker(ctx)}
  ${
    shown.length === 0
      ? html`<p class="hint">${s.chooseReadings}</p>`
      : html`${legend(series)} ${chart.render()} ${chartStatus(chart, s)}
        ${downloadButton(chart, s, shown[0].reading?.takenAt ?? '')}
        ${readingTable(view.history.areas, series, s)}
        ${shown.map((entry) => readingDetails(ctx, entry))}`
  }`;
}
