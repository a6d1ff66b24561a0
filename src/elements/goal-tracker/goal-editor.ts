import { addPartDefaults } from '../../i18n/locale-registry.js';
import { goalEditorStrings } from './goal-editor.strings.js';
import { html, type TemplateResult } from 'lit';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../core/goal.js';
import { changeStatus } from '../../core/goal-operations.js';
import { selectField, textAreaField, textField } from '../form-field.js';
import { chimeChoices, toggleChime } from './chime-choices.js';
import { heading, type GoalUi } from './goal-ui.js';
import { stepList } from './step-list.js';

// The editor is loaded when a goal is first opened (goal-editor-loader.ts); its words come with it.
addPartDefaults('goal-tracker', goalEditorStrings);

type TextKey = 'why' | 'strengths' | 'notes';

function textBlock(
  ui: GoalUi,
  id: string,
  goal: Goal,
  key: TextKey,
  label: string,
): TemplateResult {
  return textAreaField({
    id: `${key}-${id}`,
    label,
    value: goal[key],
    error: ui.problem(id, key),
    onInput: (value) => ui.keep(id, (g) => ({ ...g, [key]: value })),
    onChange: (value) => ui.change(id, (g) => ({ ...g, [key]: value })),
  });
}

function barriers(ui: GoalUi, id: string, goal: Goal): TemplateResult {
  const s = ui.s;
  const setBarrier = (i: number, field: 'text' | 'plan', value: string, save: boolean) => {
    const update = (g: Goal) => ({
      ...g,
      barriers: g.barriers.map((b, j) => (j === i ? { ...b, [field]: value } : b)),
    });
    if (save) ui.change(id, update);
    else ui.keep(id, update);
  };
  return html`<section class="stack" aria-labelledby="barriers-${id}">
    ${heading(ui.goalLevel + 1, s.barriersHeading, `barriers-${id}`)}
    ${goal.barriers.map(
      (barrier, i) =>
        html`<div class="pair">
          ${textAreaField({
            id: `barrier-${id}-${i}`,
            label: s.barrierLabel(i + 1),
            value: barrier.text,
            rows: 2,
            error: ui.problem(id, `barriers.${i}.text`),
            onInput: (value) => setBarrier(i, 'text', value, false),
            onChange: (value) => setBarrier(i, 'text', value, true),
          })}
          ${textAreaField({
            id: `plan-${id}-${i}`,
            label: s.barrierPlanLabel(i + 1),
            value: barrier.plan,
            rows: 2,
            error: ui.problem(id, `barriers.${i}.plan`),
            onInput: (value) => setBarrier(i, 'plan', value, false),
            onChange: (value) => setBarrier(i, 'plan', value, true),
          })}
          <button
            class="quiet"
            @click=${() => {
              ui.change(id, (g) => ({ ...g, barriers: g.barriers.filter((_, j) => j !== i) }));
              ui.focusLater(`add-barrier-${id}`);
            }}
          >
            ${s.removeBarrier(i + 1)}
          </button>
        </div>`,
    )}
    <button
      class="secondary"
      id="add-barrier-${id}"
      @click=${() => {
        const next = ui.change(
          id,
          (g) => ({ ...g, barriers: [...g.barriers, { text: '', plan: '' }] }),
          false,
        );
        ui.focusLater(`barrier-${id}-${next.barriers.length - 1}`);
      }}
    >
      ${s.addBarrier}
    </button>
  </section>`;
}

function supporters(ui: GoalUi, id: string, goal: Goal): TemplateResult {
  const s = ui.s;
  const setName = (i: number, value: string, save: boolean) => {
    const update = (g: Goal) => ({
      ...g,
      supporters: g.supporters.map((n, j) => (j === i ? value : n)),
    });
    if (save) ui.change(id, update);
    else ui.keep(id, update);
  };
  return html`<section class="stack" aria-labelledby="supporters-${id}">
    ${heading(ui.goalLevel + 1, s.supportersHeading, `supporters-${id}`)}
    ${goal.supporters.map(
      (name, i) =>
        html`<div class="cluster supporter">
          ${textField({
            id: `supporter-${id}-${i}`,
            label: s.supporterLabel(i + 1),
            value: name,
            error: ui.problem(id, `supporters.${i}`),
            onInput: (value) => setName(i, value, false),
            onChange: (value) => setName(i, value, true),
          })}
          <button
            class="quiet"
            @click=${() => {
              ui.change(id, (g) => ({ ...g, supporters: g.supporters.filter((_, j) => j !== i) }));
              ui.focusLater(`add-supporter-${id}`);
            }}
          >
            ${s.removeSupporter(i + 1)}
          </button>
        </div>`,
    )}
    <button
      class="secondary"
      id="add-supporter-${id}"
      @click=${() => {
        const next = ui.change(id, (g) => ({ ...g, supporters: [...g.supporters, ''] }), false);
        ui.focusLater(`supporter-${id}-${next.supporters.length - 1}`);
      }}
    >
      ${s.addSupporter}
    </button>
  </section>`;
}

/**
 * Everything about one goal, editable: title, CHIME links, status, why, strengths,
 * steps, barriers, supporters, review date and notes. Text is kept on screen as it is
 * typed and saved when the person leaves a field; choices and steps save at once.
 */
export function goalEditor(
  ui: GoalUi,
  id: string,
  goal: Goal,
  onRemove: () => void,
): TemplateResult {
  const s = ui.s;
  return html`<div class="stack editor" part="goal-editor">
    ${textField({
      id: `title-${id}`,
      label: s.titleLabel,
      value: goal.title,
      required: true,
      error: ui.problem(id, 'title'),
      onInput: (value) => ui.keep(id, (g) => ({ ...g, title: value })),
      onChange: (value) => ui.change(id, (g) => ({ ...g, title: value.trim() })),
    })}
    ${chimeChoices(ui, id, goal.chime, ui.problem(id, 'chime'), (key, on) =>
      ui.change(id, (g) => ({ ...g, chime: toggleChime(g.chime, key, on) })),
    )}
    ${selectField({
      id: `status-${id}`,
      label: s.statusLabel,
      value: goal.status,
      options: GOAL_STATUSES.map((status) => ({ value: status, label: s.statusName(status) })),
      onChange: (value) => ui.change(id, (g) => changeStatus(g, value as GoalStatus)),
    })}
    ${textBlock(ui, id, goal, 'why', s.whyLabel)}
    ${textBlock(ui, id, goal, 'strengths', s.strengthsLabel)} ${stepList(ui, id, goal, false)}
    ${barriers(ui, id, goal)} ${supporters(ui, id, goal)}
    ${textField({
      id: `review-${id}`,
      label: s.reviewOnLabel,
      type: 'date',
      value: goal.reviewOn ?? '',
      error: ui.problem(id, 'reviewOn'),
      onInput: (value) => ui.keep(id, (g) => ({ ...g, reviewOn: value || null })),
      onChange: (value) => ui.change(id, (g) => ({ ...g, reviewOn: value || null })),
    })}
    ${textBlock(ui, id, goal, 'notes', s.notesLabel)}
    <div class="cluster">
      <button class="secondary" part="remove-button" @click=${onRemove}>${s.removeGoal}</button>
    </div>
  </div>`;
}
