import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Goal } from '../../core/goal.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/** The key under which the "add a goal" form's problems are kept. */
export const NEW_GOAL = 'new';

/**
 * What the goal tracker's templates (editor, step list, overview) need from the
 * element: its strings, heading levels, and the few actions that change a goal.
 * Internal to the goal tracker; not public API.
 */
export interface GoalUi {
  /** The tracker itself (what waits for a part loaded later, such as the editor). */
  readonly element: HTMLElement;
  readonly s: GoalTrackerStrings;
  /** The locale the words are in (the element's, the provider's or en-GB), for dates. */
  readonly wordsLocale: string;
  /** Heading level of each goal's title; sections inside a goal use one below it. */
  readonly goalLevel: number;
  /** The step being edited in place, if any. */
  readonly editingStep: string | null;
  /**
   * Applies `update` to the goal as it is on screen (the newest draft), renders it and
   * saves it when it is valid (unless `save` is false). Returns the goal now on screen.
   */
  change(id: string, update: (goal: Goal) => Goal, save?: boolean): Goal;
  /** Keeps what is being typed in the draft without rendering or saving. */
  keep(id: string, update: (goal: Goal) => Goal): Goal;
  /** The step typed for goal `id` and not yet added. */
  newStep(id: string): string;
  /** Keeps a step as it is typed, before it is added ('' once added). */
  keepStep(id: string, text: string): void;
  /** Starts or stops editing one step in place. */
  editStep(stepId: string | null): void;
  /** The message for one field's problem (`title`, `steps.2.text`, ...), or ''. */
  problem(id: string, path: string): string;
  /** Puts a problem next to a field without saving (for example a blank new step). */
  flag(id: string, path: string, message: string): void;
  /** Says something through the polite live region. */
  announce(message: string): void;
  /** Moves focus to the element with this id inside the shadow root, after rendering. */
  focusLater(elementId: string): void;
  /** Renders the tracker again (a part loaded later, such as the editor, has arrived). */
  redraw(): void;
}

/** A heading at any level (capped at 6) without static templates. */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(6, level)}
    class="heading"
    id=${ifDefined(id)}
  >
    ${content}
  </div>`;
}
