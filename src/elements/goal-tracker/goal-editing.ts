import type { ReactiveControllerHost } from 'lit';
import { validateGoal, type Goal } from '../../core/goal.js';
import type { ValidationProblem } from '../../core/model.js';
import type { CommonStrings } from '../../i18n/common.strings.js';
import type { RecordDrafts } from '../controllers/record-drafts.js';
import type { RkElement } from '../rk-element.js';
import type { GoalAddingHost } from './goal-adding.js';
import type { GoalProblems } from './goal-problems.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import type { GoalUi } from './goal-ui.js';
import type { NewSteps } from './new-steps.js';

/** What the editing glue needs from the tracker; its UI state stays on the element. */
export interface GoalEditingParts {
  readonly host: ReactiveControllerHost & HTMLElement & Pick<RkElement, 'emit' | 'shadowRoot'>;
  readonly goals: RecordDrafts<Goal>;
  readonly newSteps: NewSteps;
  readonly problems: GoalProblems;
  /** The tracker's words, the common words and the locale they are in. */
  readonly words: () => { s: GoalTrackerStrings; common: CommonStrings; locale: string };
  readonly goalLevel: () => number;
  readonly editingStep: () => string | null;
  readonly setEditingStep: (stepId: string | null) => void;
  readonly announce: (message: string) => void;
}

/**
 * The goal tracker's `GoalUi`: what its templates (editor, step list, list, add form)
 * call to change a goal, and what adding a goal calls to show problems. Internal.
 */
export class GoalEditing implements GoalUi, GoalAddingHost {
  readonly #p: GoalEditingParts;

  constructor(parts: GoalEditingParts) {
    this.#p = parts;
  }

  get element(): HTMLElement {
    return this.#p.host;
  }

  get s(): GoalTrackerStrings {
    return this.#p.words().s;
  }

  get wordsLocale(): string {
    return this.#p.words().locale;
  }

  get goalLevel(): number {
    return this.#p.goalLevel();
  }

  get editingStep(): string | null {
    return this.#p.editingStep();
  }

  emit(type: 'rk-goal-created', detail: Parameters<GoalAddingHost['emit']>[1]): void {
    this.#p.host.emit(type, detail);
  }

  keep(id: string, update: (goal: Goal) => Goal): Goal {
    return this.#p.goals.edit(id, update);
  }

  newStep(id: string): string {
    return this.#p.newSteps.get(id);
  }

  keepStep(id: string, text: string): void {
    this.#p.newSteps.keep(id, text);
  }

  change(id: string, update: (goal: Goal) => Goal, save = true): Goal {
    const next = this.keep(id, update);
    this.#p.host.requestUpdate();
    if (!save) return next;
    const problems = validateGoal(next);
    this.describe(id, problems);
    if (!problems.length) void this.#p.goals.save(id).catch(() => undefined);
    return next;
  }

  editStep(stepId: string | null): void {
    this.#p.setEditingStep(stepId);
    if (stepId) this.focusLater(`text-${stepId}`);
  }

  problem(id: string, path: string): string {
    return this.#p.problems.get(id, path);
  }

  flag(id: string, path: string, message: string): void {
    this.#p.problems.flag(id, path, message);
    this.#p.host.requestUpdate();
  }

  announce(message: string): void {
    this.#p.announce(message);
  }

  redraw(): void {
    this.#p.host.requestUpdate();
  }

  focusLater(elementId: string): void {
    void this.#p.host.updateComplete.then(() =>
      this.#p.host.shadowRoot!.getElementById(elementId)?.focus(),
    );
  }

  /** Shows `problems` next to the fields of goal `id` (`NEW_GOAL`: the add form). */
  describe(id: string, problems: ValidationProblem[]): void {
    const { s, common } = this.#p.words();
    this.#p.problems.set(id, problems, s, common);
    this.#p.host.requestUpdate();
  }
}
