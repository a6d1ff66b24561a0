import { html, type TemplateResult } from 'lit';
import type { LoadedCharts } from './history-section.js';
import type { RadarSeries } from './radar-spec.js';
import { ratingForm, type RatingFormContext } from './rating-form.js';

/** What the "new reading" section shows. */
export interface TakeSectionView {
  form: RatingFormContext;
  heading: TemplateResult;
  /** True once an area has a score: the live chart shows from then on. */
  rated: boolean;
  /** The reading being taken, as a chart series. */
  series: RadarSeries;
  /** The charts part and the element's charts, once loaded. */
  charts: LoadedCharts | undefined;
  /** What to say in the chart's place while they load, or when they could not be. */
  loadingNote: string;
}

/** The live chart with its table and download once an area has a score, else a line. */
function live(view: TakeSectionView): TemplateResult {
  const { charts, form } = view;
  if (!view.rated) return html`<p class="hint">${form.s.liveChartHint}</p>`;
  if (charts) return charts.view.renderLiveChart(charts.charts.live, view.series, form);
  return html`<p class="hint">${view.loadingNote}</p>`;
}

/** The reading being taken: the rating form beside its live chart. */
export function renderTakeSection(view: TakeSectionView): TemplateResult {
  return html`<section class="take">
    ${view.heading}
    <div class="take-layout">
      ${ratingForm(view.form)}
      <div class="live" data-chart="live">${live(view)}</div>
    </div>
  </section>`;
}
