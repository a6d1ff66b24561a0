import { html, type TemplateResult } from 'lit';
import type { ChartController } from '../chart/chart-controller.js';
import { chartStatus, downloadButton } from './chart-panel.js';
import type { RadarSeries } from './radar-spec.js';
import { ratingForm, type RatingFormContext } from './rating-form.js';
import { readingTable } from './reading-table.js';

/** What the "new reading" section shows. */
export interface TakeSectionView {
  form: RatingFormContext;
  heading: TemplateResult;
  /** The live chart of the reading being taken, and that reading as a series. */
  chart: ChartController<'radar'>;
  series: RadarSeries;
}

/** The reading being taken: the rating form beside its live chart, table and download. */
export function renderTakeSection(view: TakeSectionView): TemplateResult {
  const { form, chart } = view;
  return html`<section class="take">
    ${view.heading}
    <div class="take-layout">
      ${ratingForm(form)}
      <div class="live" data-chart="live">
        ${chart.render()} ${chartStatus(chart, form.s)}
        ${readingTable(form.set.areas, [view.series], form.s)}
        ${downloadButton(chart, form.s, form.draft.takenAt)}
      </div>
    </div>
  </section>`;
}
