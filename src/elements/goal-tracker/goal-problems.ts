import type { ValidationProblem } from '../../core/model.js';
import { validationMessage, type CommonStrings } from '../../i18n/common.strings.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/** What each goal (and the add form, `NEW_GOAL`) shows next to its fields: message by field path. */
export class GoalProblems {
  #byGoal = new Map<string, Map<string, string>>();

  /** Shows `problems` for goal `id` in the person's words (replacing what it showed). */
  set(
    id: string,
    problems: ValidationProblem[],
    s: GoalTrackerStrings,
    common: CommonStrings,
  ): void {
    const own: Record<string, string> = {
      'title:required': s.titleRequired,
      'chime:required': s.chimeRequired,
    };
    this.#byGoal.set(
      id,
      new Map(
        problems.map((p) => [p.path, own[`${p.path}:${p.code}`] ?? validationMessage(p, common)]),
      ),
    );
  }

  /** The message for one field (`title`, `steps.2.text`, ...), or ''. */
  get(id: string, path: string): string {
    return this.#byGoal.get(id)?.get(path) ?? '';
  }

  /** Puts a message next to one field without validating (a blank new step). */
  flag(id: string, path: string, message: string): void {
    this.#byGoal.set(id, (this.#byGoal.get(id) ?? new Map<string, string>()).set(path, message));
  }

  clear(): void {
    this.#byGoal.clear();
  }
}
