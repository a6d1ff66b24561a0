import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../core/goal.js';
import type { GoalFilter } from '../../core/goal-operations.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { selectField } from '../form-field.js';
import { openGoalEditor } from './goal-editor-loader.js';
import { goalSummary } from './goal-summary.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import { heading, type GoalUi } from './goal-ui.js';

/** The CHIME and status filters above the list. */
export function goalFilters(
  s: GoalTrackerStrings,
  filter: GoalFilter,
  onChange: (update: (filter: GoalFilter) => GoalFilter) => void,
): TemplateResult {
  return html`<div class="cluster filters" part="filters">
    ${selectField({
      id: 'filter-chime',
      label: s.filterChime,
      value: filter.chime ?? '',
      options: [
        { value: '', label: s.anything },
        ...CHIME_KEYS.map((key) => ({ value: key, label: s.chimeName(key) })),
      ],
      onChange: (value) => onChange((f) => ({ ...f, chime: value as ChimeKey | '' })),
    })}
    ${selectField({
      id: 'filter-status',
      label: s.filterStatus,
      value: filter.status ?? '',
      options: [
        { value: '', label: s.anyStatus },
        ...GOAL_STATUSES.map((status) => ({ value: status, label: s.statusName(status) })),
      ],
      onChange: (value) => onChange((f) => ({ ...f, status: value as GoalStatus | '' })),
    })}
  </div>`;
}

/** The title of a stored item, whatever state its data is in. */
function titleOf(s: GoalTrackerStrings, item: StoredItem<Goal>, shown?: Goal): string {
  const title = shown?.title ?? (item.record?.data as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' && title.trim() ? title : s.untitled;
}

/** How one goal in the list is shown and what it can do. */
export interface GoalRowOptions {
  /** The goal as on screen (its draft, or as saved); absent for read-only items. */
  goal?: Goal | undefined;
  open: boolean;
  readonly: boolean;
  reviewDue: boolean;
  /** Opens or closes the goal named by the button's `data-goal` (one shared listener). */
  onToggle: (event: Event) => void;
  onRemove: () => void;
}

/**
 * One goal: its title as the button that opens it, a line about it (CHIME, status,
 * steps done, review date reached) and, when open, the editor. Items that cannot be
 * edited (damaged or newer) are shown as text with a note.
 */
export function goalRow(ui: GoalUi, item: StoredItem<Goal>, o: GoalRowOptions): TemplateResult {
  const s = ui.s;
  const goal = o.goal;
  if (item.status !== 'ok' || !goal) {
    return html`<li part="goal" class="goal readonly">
      ${heading(ui.goalLevel, titleOf(s, item))}
      <p class="note">${item.status === 'ok' ? '' : s.readonlyNote(item.status)}</p>
      ${item.record ? goalSummary(s, ui.wordsLocale, item.record.data) : nothing}
    </li>`;
  }
  const id = item.id;
  const done = goal.steps.filter((step) => step.done).length;
  const about = [goal.chime.map(s.chimeName).join(', '), s.statusName(goal.status)];
  if (goal.steps.length) about.push(s.stepsDone(done, goal.steps.length));
  // One flat template per row (no nested helpers): this is the hot path for long lists.
  return html`<li part="goal" class="goal ${o.open ? 'open' : ''}">
    <div role="heading" aria-level=${Math.min(6, ui.goalLevel)} class="heading">
      ${
        o.readonly
          ? item.record!.data.title
          : html`<button
              part="goal-toggle"
              class="toggle"
              id="toggle-${id}"
              data-goal=${id}
              aria-expanded=${o.open ? 'true' : 'false'}
              @click=${o.onToggle}
            >
              ${item.record!.data.title}
            </button>`
      }
    </div>
    <p class="meta">
      ${about.join(' · ')}
      ${o.reviewDue ? html`<span class="due" part="review-due">${s.reviewDue}</span>` : nothing}
    </p>
    ${o.open ? openGoalEditor(ui, id, goal, o.onRemove) : nothing}
    ${o.readonly ? goalSummary(s, ui.wordsLocale, goal) : nothing}
  </li>`;
}

/** Every goal written out in full, for paper (rendered only while printing). */
export function printedGoals(
  ui: GoalUi,
  items: readonly StoredItem<Goal>[],
  shown: (item: StoredItem<Goal>) => Goal | undefined,
): TemplateResult {
  const s = ui.s;
  return html`<div class="print-only">
    ${items.map((item) => {
      const goal = shown(item);
      return html`<article class="print-goal">
        ${heading(ui.goalLevel, titleOf(s, item, goal))}
        ${goal || item.record ? goalSummary(s, ui.wordsLocale, goal ?? item.record!.data) : nothing}
      </article>`;
    })}
  </div>`;
}

/** What the list section shows: the goals, which are open or due, and its actions. */
export interface GoalListView {
  /** Every goal stored; `shown` those the filters let through, `rendered` those painted so far. */
  items: readonly StoredItem<Goal>[];
  shown: readonly StoredItem<Goal>[];
  rendered: readonly StoredItem<Goal>[];
  filter: GoalFilter;
  onFilter: (update: (filter: GoalFilter) => GoalFilter) => void;
  goalOf: (item: StoredItem<Goal>) => Goal | undefined;
  isOpen: (id: string) => boolean;
  due: ReadonlySet<string>;
  readonly: boolean;
  onToggle: (event: Event) => void;
  onRemove: (id: string) => void;
  /** The overview section, rendered by the tracker (it owns the chart). */
  overview: TemplateResult;
  onPrint: () => void;
}

/** The list of goals with its filters, the review-due summary, the overview and "Print". */
export function goalListSection(ui: GoalUi, v: GoalListView): TemplateResult {
  const s = ui.s;
  const { items, shown } = v;
  return html`<section class="stack" aria-labelledby="list-heading">
    ${heading(ui.goalLevel, s.listHeading, 'list-heading')}
    ${v.due.size ? html`<p class="due" part="review-due">${s.reviewDueSummary(v.due.size)}</p>` : nothing}
    ${goalFilters(s, v.filter, v.onFilter)}
    <p>
      ${shown.length ? (shown.length === items.length ? s.shownAll(items.length) : s.shown(shown.length, items.length)) : s.noMatches}
    </p>
    <ul class="plain stack goals" part="goal-list">
      ${repeat(
        v.rendered,
        (item) => item.id,
        (item) =>
          goalRow(ui, item, {
            goal: v.goalOf(item),
            open: v.isOpen(item.id),
            readonly: v.readonly,
            reviewDue: v.due.has(item.id),
            onToggle: v.onToggle,
            onRemove: () => v.onRemove(item.id),
          }),
      )}
    </ul>
    ${v.overview}
    <div>
      <button class="secondary" part="print-button" @click=${v.onPrint}>${s.print}</button>
    </div>
  </section>`;
}
