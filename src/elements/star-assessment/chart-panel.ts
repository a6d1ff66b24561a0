import { html, nothing, type TemplateResult } from 'lit';
import type { ChartController } from '../chart/chart-controller.js';
import { downloadBlob } from '../chart/download-image.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** A line under a chart while chart.js loads, or when it failed (the table has the data). */
export function chartStatus(
  chart: ChartController<'radar'>,
  s: StarAssessmentStrings,
): TemplateResult | typeof nothing {
  const line = { loading: s.chartLoading, failed: s.chartFailed, ready: '', idle: '' }[
    chart.status
  ];
  return line ? html`<p class="hint">${line}</p>` : nothing;
}

/** The button that saves a chart as a PNG named after `day`, usable once the chart is drawn. */
export function downloadButton(
  chart: ChartController<'radar'>,
  s: StarAssessmentStrings,
  day: string,
): TemplateResult {
  const download = async () => downloadBlob(await chart.toPngBlob(), s.chartFileName(day));
  return html`<button
    type="button"
    class="secondary"
    ?disabled=${chart.status !== 'ready'}
    @click=${download}
  >
    ${s.downloadChart}
  </button>`;
}
