import { html, type TemplateResult } from 'lit';
import { chartStatus, downloadButton } from './chart-panel.js';
import type { HistorySectionView } from './history-section.js';
import type { RadarSeries } from './radar-spec.js';
import { shownEntries } from './reading-entries.js';
import { legend, readingDetails, readingPicker } from './reading-history.js';
import { readingTable } from './reading-table.js';

/**
 * The saved readings' choice, then the chart and table of those shown, and their details.
 * In a chunk of its own: the star assessment loads it (a LazyPart) once there is a saved
 * reading, so a first visit downloads only the form and its chart.
 */
export function renderReadings(view: HistorySectionView): TemplateResult {
  const { ctx, chart } = view;
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
