import { html, nothing, type TemplateResult } from 'lit';
import type { HistoryContext } from './reading-entries.js';
import type { ShownHistory } from './shown-history.js';
import type * as ChartsView from './charts-view.js';
import type { StarCharts } from './star-charts.js';

/** The charts part (charts-view.ts), once loaded, and the two charts it made for one element. */
export interface LoadedCharts {
  view: typeof ChartsView;
  charts: StarCharts;
}

/** What the history section shows. */
export interface HistorySectionView {
  ctx: HistoryContext;
  history: ShownHistory;
  heading: TemplateResult;
  loaded: boolean;
  loadFailed: boolean;
  /** Reads the readings again after a failure. */
  onRetry: () => void;
  /** What shows the saved readings' choice, chart, table and details, once loaded. */
  charts: LoadedCharts | undefined;
  /** What to say in their place while they load, or when they could not be loaded. */
  loadingNote: string;
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
    ${!view.loaded ? html`<p class="hint">${s.loading}</p>` : view.ctx.entries.length === 0 ? html`<p>${s.noReadings}</p>` : view.charts ? view.charts.view.renderReadings(view, view.charts.charts.history) : html`<p class="hint">${view.loadingNote}</p>`}
  </section>`;
}
