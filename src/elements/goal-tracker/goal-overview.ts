import { html, nothing, type TemplateResult } from 'lit';
import type { ChimeTally } from '../../core/goal-operations.js';
import type { ChartSpec } from '../chart/chart-controller.js';
import type { ChartTheme } from '../chart/chart-theme.js';
import { heading } from './goal-ui.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import { tableFrame } from '../table-frame.js';

/** The overview as a bar chart: goals and steps done per CHIME process (the table's numbers). */
export function overviewChart(
  s: GoalTrackerStrings,
  tallies: readonly ChimeTally[],
  theme: ChartTheme,
): ChartSpec<'bar'> {
  const series = (index: number, label: string, data: number[]) => ({
    label,
    data,
    backgroundColor: theme.series(index).color,
  });
  const axis = { ticks: { color: theme.text, precision: 0 }, grid: { color: theme.grid } };
  return {
    data: {
      labels: tallies.map((t) => s.chimeName(t.key)),
      datasets: [
        series(
          0,
          s.overviewGoals,
          tallies.map((t) => t.goals),
        ),
        series(
          1,
          s.overviewSteps,
          tallies.map((t) => t.stepsDone),
        ),
      ],
    },
    options: { scales: { x: axis, y: { ...axis, beginAtZero: true } } },
  };
}

/** The optional chart beside the table: chart.js loads only once the person asks for it. */
export interface OverviewChart {
  shown: boolean;
  failed: boolean;
  toggle: () => void;
  render: () => TemplateResult | typeof nothing;
}

/**
 * Goals, achieved goals and steps done per CHIME process, as a table: the text
 * equivalent that stands on its own, with an optional chart of the same numbers.
 */
export function goalOverview(
  s: GoalTrackerStrings,
  level: number,
  tallies: readonly ChimeTally[],
  chart: OverviewChart,
): TemplateResult {
  return html`<section class="stack overview" part="overview" aria-labelledby="overview-heading">
    ${heading(level, s.overviewHeading, 'overview-heading')}
    ${tableFrame(
      s.overviewCaption,
      html`<table part="overview-table">
        <caption>
          ${s.overviewCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.overviewProcess}</th>
            <th scope="col">${s.overviewGoals}</th>
            <th scope="col">${s.overviewAchieved}</th>
            <th scope="col">${s.overviewSteps}</th>
          </tr>
        </thead>
        <tbody>
          ${tallies.map(
            (t) =>
              html`<tr>
                <th scope="row">${s.chimeName(t.key)}</th>
                <td>${t.goals}</td>
                <td>${t.achieved}</td>
                <td>${s.overviewStepsCell(t.stepsDone, t.stepsTotal)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    <div class="no-print">
      <button
        class="secondary"
        part="chart-toggle"
        aria-expanded=${chart.shown ? 'true' : 'false'}
        @click=${chart.toggle}
      >
        ${chart.shown ? s.hideChart : s.showChart}
      </button>
    </div>
    ${chart.shown ? chart.render() : nothing}
    ${chart.failed ? html`<p>${s.chartFailed}</p>` : nothing}
  </section>`;
}
