import { html, nothing, type TemplateResult } from 'lit';
import type { ChartController } from '../chart/chart-controller.js';
import { chartStatus, downloadButton } from './chart-panel.js';
import type { RadarSeries } from './radar-spec.js';
import {
  legend,
  readingDetails,
  readingPicker,
  shownEntries,
  type HistoryContext,
} from './reading-history.js';
import { readingTable } from './reading-table.js';
import type { ShownHistory } from './shown-history.js';

/** What the history section shows. */
export interface HistorySectionView {
  ctx: HistoryContext;
  history: ShownHistory;
  chart: ChartController<'radar'>;
  heading: TemplateResult;
  loaded: boolean;
  loadFailed: boolean;
  /** Reads the readings again after a failure. */
  onRetry: () => void;
}

function readings(view: HistorySectionView): TemplateResult {
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

/**
 * The saved readings: the heading (focused after a removal), a retry when they could not
 * be read, then the choice of readings, the chart and table of those shown, and their
 * details.
 */
export function renderHistorySection(view: HistorySectionView): TemplateResult {
  const { s } = view.ctx;
  return html`<section class="history" data-chart="history">
    <div id="history-start" tabindex="-1">${view.heading}</div>
    ${
      view.loadFailed
        ? html`<p class="field-error">${s.loadFailed}</p>
            <button type="button" class="secondary" @click=${view.onRetry}>${s.tryAgain}</button>`
        : nothing
    }
    ${!view.loaded ? html`<p class="hint">${s.loading}</p>` : view.ctx.entries.length === 0 ? html`<p>${s.noReadings}</p>` : readings(view)}
  </section>`;
}
