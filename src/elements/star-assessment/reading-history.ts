import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDay } from '../../i18n/date-display.js';
import {
  areasForReading,
  changesBetween,
  previousReading,
  type AreaChange,
  type Reading,
} from '../../core/reading.js';
import { seriesSwatch } from '../chart/series-style.js';
import type { RadarSeries } from './radar-spec.js';
import { MAX_SHOWN_READINGS } from './shown-readings.js';
import { scoreText } from './reading-table.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';
import type { HistoryContext, ReadingEntry } from './reading-entries.js';

/** Checkboxes choosing which readings the chart shows, each with its remove button. */
export function readingPicker(ctx: HistoryContext): TemplateResult {
  const { s } = ctx;
  const full = ctx.shownIds.length >= MAX_SHOWN_READINGS;
  const newestFirst = [...ctx.entries].reverse();
  return html`<fieldset class="picker" part="picker" aria-describedby="picker-hint">
    <legend class="label">${s.showOnChartLegend}</legend>
    <p class="hint" id="picker-hint">${s.showLimit(MAX_SHOWN_READINGS)}</p>
    <ul class="plain choices">
      ${newestFirst.map((entry) => {
        const shown = ctx.shownIds.includes(entry.id);
        const supporter = entry.reading?.by?.role === 'supporter';
        return html`<li class="reading-row cluster">
          <label class="choice">
            <input
              type="checkbox"
              .checked=${shown}
              ?disabled=${!entry.reading || (full && !shown)}
              @change=${(e: Event) => ctx.onToggleShown(entry.id, (e.target as HTMLInputElement).checked)}
            />
            ${entry.name}
          </label>
          ${supporter ? html`<span class="badge" part="supporter-badge">${s.supporterBadge}</span>` : nothing}
          ${entry.item.readonly && entry.item.status !== 'ok' ? html`<p class="hint">${s.readonlyNote(entry.item.status)}</p>` : nothing}
          ${ctx.readonly || entry.item.readonly ? nothing : removeControls(ctx, entry)}
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

function removeControls(ctx: HistoryContext, entry: ReadingEntry): TemplateResult {
  const { s } = ctx;
  if (ctx.confirmingRemoveId !== entry.id) {
    return html`<button type="button" class="quiet" @click=${() => ctx.onAskRemove(entry.id)}>
      ${s.removeReading(entry.name)}
    </button>`;
  }
  return html`<div class="confirm cluster" role="group" aria-labelledby=${`confirm-${entry.id}`}>
    <p id=${`confirm-${entry.id}`}>${s.confirmRemove}</p>
    <button
      type="button"
      class="secondary"
      data-confirm-remove
      @click=${() => ctx.onRemove(entry.id)}
    >
      ${s.confirmRemoveYes}
    </button>
    <button type="button" class="secondary" @click=${() => ctx.onAskRemove(undefined)}>
      ${s.confirmRemoveNo}
    </button>
  </div>`;
}

/** A swatch (a line in the series' colour and dash) and name per series. */
export function legend(series: readonly RadarSeries[]): TemplateResult {
  return html`<ul class="legend plain cluster" part="legend">
    ${series.map((item, index) => {
      const swatch = seriesSwatch(index);
      return html`<li>
        <svg class="swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
          ${svg`<line class=${swatch.className} x1="1" y1="6" x2="31" y2="6" stroke-width="3" stroke-dasharray=${swatch.dash.join(' ') || 'none'} />`}
        </svg>
        ${item.name}
      </li>`;
    })}
  </ul>`;
}

/** How one area changed, in words; `day` is the previous reading's day, '' when there is none. */
function changeWords(change: AreaChange, day: string, s: StarAssessmentStrings): string {
  switch (change.direction) {
    case 'up':
      return s.changeUp(change.change ?? 0, day);
    case 'down':
      return s.changeDown(Math.abs(change.change ?? 0), day);
    case 'same':
      return s.changeSame(day);
    case 'new':
      return day && s.changeNew(day);
    default:
      return s.changeNotComparable;
  }
}

/**
 * For one shown reading: its change since the previous reading of the same kind, area
 * by area in words and numbers ("Hope for the future: 6, up 2 since 3 March 2026"),
 * then its focus areas and notes.
 */
export function readingDetails(ctx: HistoryContext, entry: ReadingEntry): TemplateResult {
  const { s } = ctx;
  const reading = entry.reading as Reading;
  const readings = ctx.entries.map((e) => e.reading).filter((r): r is Reading => r !== undefined);
  const previous = previousReading(readings, reading);
  const previousDay = previous ? formatDay(previous.takenAt, ctx.locale) : '';
  const areas = areasForReading(reading, ctx.set);
  const series: RadarSeries = { key: entry.id, name: entry.name, reading };
  const labelOf = (key: string) => areas.find((area) => area.key === key)?.label ?? key;
  // `readableReading` already made notes text and focus areas a list of keys.
  const notes = Object.entries(reading.notes).filter(([, note]) => note !== '');
  return html`<section
    class="details"
    part="reading-details"
    aria-labelledby=${`details-${entry.id}`}
  >
    <p class="details-title" id=${`details-${entry.id}`}>${entry.name}</p>
    ${reading.areaSetId !== ctx.set.id ? html`<p class="hint">${s.differentSet}</p>` : nothing}
    <p>${previousDay ? s.changeIntro(previousDay) : s.firstOfItsKind}</p>
    <ul class="changes">
      ${changesBetween(reading, previous, areas).map((change) => {
        const words = changeWords(change, previousDay, s);
        const score = scoreText(series, change.key, s);
        return html`<li data-area=${change.key} data-direction=${change.direction}>
          ${words ? s.changeLine(change.label, score, words) : `${change.label}: ${score}`}
        </li>`;
      })}
    </ul>
    ${
      reading.focusAreas.length
        ? html`<p>
            <strong>${s.focusAreasLabel}:</strong> ${reading.focusAreas.map(labelOf).join(', ')}
          </p>`
        : nothing
    }
    ${
      notes.length
        ? html`<p><strong>${s.notesLabel}:</strong></p>
            <ul class="notes">
              ${notes.map(([key, note]) => html`<li>${labelOf(key)}: ${note}</li>`)}
            </ul>`
        : nothing
    }
  </section>`;
}
