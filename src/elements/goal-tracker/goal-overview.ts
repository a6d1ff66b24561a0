import { html, type TemplateResult } from 'lit';
import type { ChimeTally } from '../../core/goal-operations.js';
import { heading } from './goal-ui.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/**
 * Goals, achieved goals and steps done per CHIME process, as a table: the text
 * equivalent that stands on its own (and sits beside any chart).
 */
export function goalOverview(
  s: GoalTrackerStrings,
  level: number,
  tallies: readonly ChimeTally[],
): TemplateResult {
  return html`<section class="stack overview" part="overview" aria-labelledby="overview-heading">
    ${heading(level, s.overviewHeading, 'overview-heading')}
    <table part="overview-table">
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
    </table>
  </section>`;
}
