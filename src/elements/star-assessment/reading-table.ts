import { html, nothing, type TemplateResult } from 'lit';
import { SCALE_MAX, SCALE_MIN, type LifeArea } from '../../core/life-areas.js';
import { scoreState, unknownAreaKeys } from '../../core/reading.js';
import type { RadarSeries } from './radar-spec.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';
import { tableFrame } from '../table-frame.js';

/** A stored value that is not a usable score, as short text (never markup). */
function rawText(raw: unknown): string {
  const text =
    typeof raw === 'string' || typeof raw === 'number'
      ? String(raw)
      : (JSON.stringify(raw) ?? String(raw));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What one table cell says for one area of one reading. */
export function scoreText(series: RadarSeries, key: string, s: StarAssessmentStrings): string {
  const state = scoreState(series.reading, key);
  if (state.state === 'scored') return String(state.score);
  if (state.state === 'not-rated') return s.notRated;
  return s.outsideScale(rawText(state.raw), SCALE_MIN, SCALE_MAX);
}

/**
 * The table beside a radar chart, holding exactly its data (the chart's text
 * alternative): one row per area, one column per reading, plus a row for every scored
 * key that is not one of the chart's areas, so nothing stored is hidden.
 */
export function readingTable(
  areas: readonly LifeArea[],
  series: readonly RadarSeries[],
  s: StarAssessmentStrings,
): TemplateResult {
  const extraKeys = [...new Set(series.flatMap((item) => unknownAreaKeys(item.reading, areas)))];
  const row = (label: string, key: string) =>
    html`<tr>
      <th scope="row">${label}</th>
      ${series.map((item) => html`<td data-series=${item.key}>${scoreText(item, key, s)}</td>`)}
    </tr>`;
  return tableFrame(
    s.tableCaption,
    html`<table part="table">
      <caption>
        ${s.tableCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.areaColumn}</th>
          ${series.map((item) => html`<th scope="col">${item.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${areas.map((area) => row(area.label, area.key))}
        ${extraKeys.length ? extraKeys.map((key) => row(s.notInSet(key), key)) : nothing}
      </tbody>
    </table>`,
  );
}
