import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import {
  chimeFrequency,
  type HopeSeries,
  type JournalSummary,
} from '../../core/journal-summary.js';
import { formatDay, formatMonth } from '../../i18n/date-display.js';
import { LazyChart } from '../chart/lazy-chart.js';
import { tableFrame } from '../table-frame.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';

/**
 * A bar `share` (0 to 1) of its full length, drawn in SVG: its length is an attribute of
 * the shape, not a style attribute, which a strict Content-Security-Policy would refuse.
 * Decoration: the number beside it says the same.
 */
function bar(share: number): TemplateResult {
  return html`<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
    <rect width=${Math.round(share * 1000) / 10} height="1"></rect>
  </svg>`;
}

/**
 * "Looking back": the hope check-in over time as a lazily loaded chart.js line chart
 * (its controller too, once there is a check-in to draw: an empty journal loads none)
 * with a table holding the same numbers, and how often each CHIME process comes up.
 * The figures come from the journal's summary, kept up to date entry by entry.
 */
export class JournalOverTime {
  #series: HopeSeries = { granularity: 'check-in', points: [] };
  #frequency: Readonly<Record<ChimeKey, number>> = chimeFrequency([]);
  readonly #chart: LazyChart<'line'>;
  readonly #strings: () => HopeJournalStrings;
  readonly #locale: () => string;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    strings: () => HopeJournalStrings,
    locale: () => string,
  ) {
    this.#strings = strings;
    this.#locale = locale;
    this.#chart = new LazyChart(host, {
      kind: 'line',
      label: () => this.#chartLabel(),
      // Redraw only when the check-ins changed, not on every keystroke elsewhere.
      deps: () => [this.#series, this.#strings(), this.#locale()],
      build: (theme) => {
        const style = theme.series(0);
        return {
          data: {
            labels: this.#series.points.map((point) => this.#periodName(point.period)),
            datasets: [
              {
                label: this.#strings().hopeChartLabel,
                data: this.#series.points.map((point) => point.value),
                borderColor: style.color,
                backgroundColor: style.color,
                pointStyle: style.pointStyle,
                borderDash: style.dash,
                tension: 0.2,
              },
            ],
          },
          options: {
            scales: {
              y: {
                min: 0,
                max: 10,
                ticks: { stepSize: 2, color: theme.text },
                grid: { color: theme.grid },
              },
              x: {
                ticks: { color: theme.text, maxRotation: 0, autoSkip: true },
                grid: { display: false },
              },
            },
          },
        };
      },
    });
  }

  /** Brings the figures up to date with the journal's summary (the same objects while unchanged). */
  update(summary: JournalSummary): void {
    this.#series = summary.hopeSeries;
    this.#frequency = summary.chimeCounts;
  }

  /** A check-in's day or a month, in words (with the weekday in the table). */
  #periodName(period: string, weekday = false): string {
    const { noDate } = this.#strings();
    return this.#series.granularity === 'month'
      ? formatMonth(period, this.#locale(), noDate)
      : formatDay(period, this.#locale(), { weekday, otherwise: noDate });
  }

  #chartLabel(): string {
    const strings = this.#strings();
    const points = this.#series.points;
    if (!points.length) return strings.hopeChartLabel;
    const values = points.map((point) => point.value);
    return `${strings.hopeChartLabel}. ${strings.hopeChartSummary(
      points.length,
      this.#periodName(points[0].period),
      this.#periodName(points[points.length - 1].period),
      Math.min(...values),
      Math.max(...values),
    )}`;
  }

  #renderTable(strings: HopeJournalStrings): TemplateResult {
    const monthly = this.#series.granularity === 'month';
    return html`<details class="table-equivalent" part="hope-table">
      <summary>${strings.hopeTableSummary}</summary>
      ${tableFrame(
        strings.hopeTableCaption(this.#series.granularity),
        html`<table>
          <caption>
            ${strings.hopeTableCaption(this.#series.granularity)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${monthly ? strings.hopeTableMonth : strings.hopeTableDate}</th>
              <th scope="col">${strings.hopeTableValue}</th>
              ${monthly ? html`<th scope="col">${strings.hopeTableCount}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${this.#series.points.map(
              (point) =>
                html`<tr>
                  <th scope="row">${this.#periodName(point.period, true)}</th>
                  <td>${point.value}</td>
                  ${monthly ? html`<td>${point.count}</td>` : nothing}
                </tr>`,
            )}
          </tbody>
        </table>`,
      )}
    </details>`;
  }

  #renderFrequency(
    strings: HopeJournalStrings,
    heading: (text: string) => TemplateResult,
  ): TemplateResult {
    const most = Math.max(1, ...CHIME_KEYS.map((key) => this.#frequency[key]));
    return html`<div class="frequency" part="chime-frequency">
      ${heading(strings.chimeFrequencyHeading)}
      <dl>
        ${CHIME_KEYS.map(
          (key) =>
            html`<div class="frequency-row">
              <dt>${strings.chimeName(key)}</dt>
              <dd>
                ${bar(this.#frequency[key] / most)}
                ${strings.chimeFrequencyValue(this.#frequency[key])}
              </dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  /** The section; `heading` renders its title and `subheading` the titles inside it. */
  render(
    heading: (text: string) => TemplateResult,
    subheading: (text: string) => TemplateResult,
  ): TemplateResult {
    const strings = this.#strings();
    const hasPoints = this.#series.points.length > 0;
    return html`<section
      class="over-time stack"
      part="over-time"
      aria-labelledby="over-time-heading"
    >
      <div id="over-time-heading">${heading(strings.overTimeHeading)}</div>
      ${subheading(strings.hopeChartLabel)}
      ${
        hasPoints
          ? html`${this.#chart.render()}
            ${this.#chart.failed ? html`<p class="note">${strings.chartFailed}</p>` : nothing}
            ${this.#renderTable(strings)}`
          : html`<p class="hint">${strings.hopeChartEmpty}</p>`
      }
      ${this.#renderFrequency(strings, subheading)}
    </section>`;
  }
}
