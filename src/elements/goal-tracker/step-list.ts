import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Goal, GoalStep } from '../../core/goal.js';
import {
  addStep,
  editStep,
  moveStep,
  removeStep,
  setStepDone,
} from '../../core/goal-operations.js';
import { heading, type GoalUi } from './goal-ui.js';

/** Reads the text of the input with this id inside the form that was submitted. */
function formText(event: Event, name: string): HTMLInputElement {
  event.preventDefault();
  return (event.target as HTMLFormElement).elements.namedItem(name) as HTMLInputElement;
}

function move(ui: GoalUi, id: string, step: GoalStep, offset: number): void {
  const next = ui.change(id, (current) => moveStep(current, step.id, offset));
  const position = next.steps.findIndex((each) => each.id === step.id) + 1;
  ui.announce(ui.s.stepMoved(step.text, position, next.steps.length));
  // Keep focus on the same button, or on its partner once the step reaches an end.
  const stillMovable = offset < 0 ? position > 1 : position < next.steps.length;
  const [same, partner] = offset < 0 ? ['up', 'down'] : ['down', 'up'];
  ui.focusLater(`${stillMovable ? same : partner}-${step.id}`);
}

function stepEditor(ui: GoalUi, id: string, step: GoalStep): TemplateResult {
  const s = ui.s;
  const error = ui.problem(id, `step-edit`);
  const save = (event: Event) => {
    const input = formText(event, 'text');
    if (input.value.trim() === '') return ui.flag(id, 'step-edit', s.stepRequired);
    ui.change(id, (current) => editStep(current, step.id, input.value));
    ui.editStep(null);
    ui.focusLater(`edit-${step.id}`);
  };
  const cancel = () => {
    ui.editStep(null);
    ui.focusLater(`edit-${step.id}`);
  };
  return html`<form
    class="cluster step-edit"
    @submit=${save}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && cancel()}
  >
    <label class="visually-hidden" for="text-${step.id}">${s.stepTextLabel}</label>
    <input
      id="text-${step.id}"
      name="text"
      .value=${step.text}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="error-${step.id}"
    />
    <span class="field-error" id="error-${step.id}">${error}</span>
    <button type="submit">${s.saveStep}</button>
    <button type="button" class="secondary" @click=${cancel}>${s.cancel}</button>
  </form>`;
}

function stepRow(
  ui: GoalUi,
  id: string,
  goal: Goal,
  step: GoalStep,
  readonly: boolean,
): TemplateResult {
  const s = ui.s;
  if (ui.editingStep === step.id) return html`<li part="step">${stepEditor(ui, id, step)}</li>`;
  const index = goal.steps.indexOf(step);
  return html`<li part="step" class="step ${step.done ? 'done' : ''}">
    <input
      type="checkbox"
      id="done-${step.id}"
      .checked=${step.done}
      ?disabled=${readonly}
      @change=${(e: Event) =>
        ui.change(id, (current) =>
          setStepDone(current, step.id, (e.target as HTMLInputElement).checked, new Date()),
        )}
    />
    <label for="done-${step.id}">${step.text}</label>
    ${
      readonly
        ? null
        : html`<span class="cluster step-actions no-print">
            <button
              class="quiet"
              id="edit-${step.id}"
              aria-label=${s.editStep(step.text)}
              @click=${() => ui.editStep(step.id)}
            >
              ${s.edit}
            </button>
            <button
              class="secondary"
              id="up-${step.id}"
              aria-label=${s.moveUp(step.text)}
              ?disabled=${index === 0}
              @click=${() => move(ui, id, step, -1)}
            >
              ${s.up}
            </button>
            <button
              class="secondary"
              id="down-${step.id}"
              aria-label=${s.moveDown(step.text)}
              ?disabled=${index === goal.steps.length - 1}
              @click=${() => move(ui, id, step, 1)}
            >
              ${s.down}
            </button>
            <button
              class="quiet"
              aria-label=${s.removeStep(step.text)}
              @click=${() => {
                ui.change(id, (current) => removeStep(current, step.id));
                ui.focusLater(`new-step-${id}`);
              }}
            >
              ${s.remove}
            </button>
          </span>`
    }
  </li>`;
}

/** The steps of one goal: tick off, edit in place, move up and down, remove, add. */
export function stepList(ui: GoalUi, id: string, goal: Goal, readonly: boolean): TemplateResult {
  const s = ui.s;
  const error = ui.problem(id, 'new-step');
  const add = (event: Event) => {
    const input = formText(event, 'step');
    if (input.value.trim() === '') return ui.flag(id, 'new-step', s.stepRequired);
    ui.change(id, (current) => addStep(current, input.value));
    input.value = '';
    ui.keepStep(id, '');
  };
  return html`<section class="stack" part="steps" aria-labelledby="steps-${id}">
    ${heading(ui.goalLevel + 1, s.stepsHeading, `steps-${id}`)}
    ${readonly ? null : html`<p class="hint">${s.stepsHint}</p>`}
    <ol class="plain stack steps">
      ${repeat(
        goal.steps,
        (step) => step.id,
        (step) => stepRow(ui, id, goal, step, readonly),
      )}
    </ol>
    ${
      readonly
        ? null
        : html`<form class="cluster add-step no-print" @submit=${add}>
            <span class="field">
              <label class="label" for="new-step-${id}">${s.newStepLabel}</label>
              <input
                id="new-step-${id}"
                name="step"
                .value=${ui.newStep(id)}
                @input=${(event: Event) =>
                  ui.keepStep(id, (event.target as HTMLInputElement).value)}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby="new-step-error-${id}"
              />
              <span class="field-error" id="new-step-error-${id}">${error}</span>
            </span>
            <button type="submit">${s.addStep}</button>
          </form>`
    }
  </section>`;
}
