import { html, nothing, type TemplateResult } from 'lit';
import { isChimeKey } from '../../core/chime.js';
import { GOAL_STATUSES, type GoalStatus } from '../../core/goal.js';
import { formatDay } from '../../i18n/date-display.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/** Text from a field that may hold anything (read-only records can be damaged). */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

function entry(label: string, value: string): TemplateResult | typeof nothing {
  return value.trim()
    ? html`<dt>${label}</dt>
        <dd class="pre">${value}</dd>`
    : nothing;
}

/**
 * One goal as text, for printing, for `readonly` and for stored goals that cannot be
 * edited (invalid or newer); the review date in words for `locale`. Reads defensively:
 * any field may be missing or the wrong type, and everything is rendered as text.
 */
export function goalSummary(s: GoalTrackerStrings, locale: string, data: unknown): TemplateResult {
  const status = field(data, 'status');
  const steps = list(field(data, 'steps')).filter((step) => text(field(step, 'text')));
  const barriers = list(field(data, 'barriers')).filter(
    (b) => text(field(b, 'text')) || text(field(b, 'plan')),
  );
  const supporters = list(field(data, 'supporters')).map(text).filter(Boolean);
  return html`<dl class="summary" part="goal-summary">
    ${entry(s.chimeLegend, list(field(data, 'chime')).filter(isChimeKey).map(s.chimeName).join(', '))}
    ${GOAL_STATUSES.includes(status as GoalStatus) ? entry(s.statusLabel, s.statusName(status as GoalStatus)) : nothing}
    ${entry(s.whyLabel, text(field(data, 'why')))}
    ${entry(s.strengthsLabel, text(field(data, 'strengths')))}
    ${
      steps.length
        ? html`<dt>${s.stepsHeading}</dt>
            <dd>
              <ul class="plain">
                ${steps.map(
                  (step) =>
                    html`<li>
                      ${field(step, 'done') === true ? '☑' : '☐'} ${text(field(step, 'text'))}
                    </li>`,
                )}
              </ul>
            </dd>`
        : nothing
    }
    ${barriers.map(
      (b, i) =>
        html`${entry(s.barrierLabel(i + 1), text(field(b, 'text')))}
        ${entry(s.barrierPlanLabel(i + 1), text(field(b, 'plan')))}`,
    )}
    ${entry(s.supportersHeading, supporters.join(', '))}
    ${entry(s.reviewOnLabel, formatDay(text(field(data, 'reviewOn')), locale))}
    ${entry(s.notesLabel, text(field(data, 'notes')))}
  </dl>`;
}
