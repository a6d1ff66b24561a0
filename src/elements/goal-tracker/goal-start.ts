import { html, nothing, type TemplateResult } from 'lit';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import type { NewGoalDraft } from '../../core/goal-draft.js';
import { DEFAULT_GOAL_IDEAS, type GoalIdeas } from '../../core/goal-ideas.js';
import { textField } from '../form-field.js';
import { textListsInput } from '../host-input.js';
import { chimeChoices, toggleChime } from './chime-choices.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import { heading, NEW_GOAL, type GoalUi } from './goal-ui.js';

/**
 * The welcome for an empty tracker: a few warm words and example ideas per CHIME
 * process. With `onUse`, each idea is a button that starts the "add a goal" form from it.
 */
export function goalIntro(
  s: GoalTrackerStrings,
  level: number,
  ideas: GoalIdeas,
  onUse?: (idea: string, key: ChimeKey) => void,
): TemplateResult {
  const lists = textListsInput(ideas, DEFAULT_GOAL_IDEAS, '<rk-goal-tracker> ideas');
  return html`<section class="stack" part="intro">
    <p>${s.intro}</p>
    ${heading(level, s.ideasHeading)} ${onUse ? html`<p class="hint">${s.ideasHint}</p>` : nothing}
    <ul class="plain stack ideas">
      ${CHIME_KEYS.map(
        (key) =>
          html`<li>
            <strong>${s.chimeName(key)}</strong>: ${s.chimeAbout(key)}
            <ul>
              ${(lists[key] ?? []).map(
                (idea) =>
                  html`<li>
                    ${onUse ? html`<button class="quiet" @click=${() => onUse(idea, key)}>${idea}</button>` : idea}
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The "add a goal" form: the goal in the person's words and the CHIME processes it serves. */
export function addGoalForm(
  ui: GoalUi,
  draft: NewGoalDraft,
  onDraft: (update: (draft: NewGoalDraft) => NewGoalDraft) => void,
  onSubmit: (event: Event) => void,
): TemplateResult {
  const s = ui.s;
  return html`<form class="stack add" part="add-form" novalidate @submit=${onSubmit}>
    ${heading(ui.goalLevel, s.addHeading)}
    ${textField({
      id: 'title-new',
      label: s.titleLabel,
      value: draft.title,
      required: true,
      error: ui.problem(NEW_GOAL, 'title'),
      onInput: (title) => onDraft((d) => ({ ...d, title })),
    })}
    ${chimeChoices(ui, NEW_GOAL, draft.chime, ui.problem(NEW_GOAL, 'chime'), (key, on) =>
      onDraft((d) => ({ ...d, chime: toggleChime(d.chime, key, on) })),
    )}
    <div><button type="submit">${s.addGoal}</button></div>
  </form>`;
}
