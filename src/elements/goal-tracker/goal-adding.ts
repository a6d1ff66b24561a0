import { createGoal, goalModel, validateGoal, type Goal, type GoalDraft } from '../../core/goal.js';
import { ValidationError, type ValidationProblem } from '../../core/model.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordDrafts } from '../controllers/record-drafts.js';
import type { StoreController } from '../controllers/store-controller.js';
import { goalDetail } from './goal-changes.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import { NEW_GOAL } from './goal-ui.js';
import type { NewGoalForm } from './new-goal-form.js';

/** What adding a goal needs from the tracker. */
export interface GoalAddingHost {
  readonly s: GoalTrackerStrings;
  emit(type: 'rk-goal-created', detail: ReturnType<typeof goalDetail>): void;
  /** Shows `problems` next to the fields of goal `id` (`NEW_GOAL`: the add form). */
  describe(id: string, problems: ValidationProblem[]): void;
  announce(message: string): void;
  focusLater(elementId: string): void;
}

/** Adding a goal: from the "add a goal" form (checked, then saved) or from the host's code. */
export class GoalAdding {
  readonly #host: GoalAddingHost;
  readonly #storage: StoreController;
  readonly #goals: RecordDrafts<Goal>;
  readonly #form: NewGoalForm;

  constructor(
    host: GoalAddingHost,
    storage: StoreController,
    goals: RecordDrafts<Goal>,
    form: NewGoalForm,
  ) {
    this.#host = host;
    this.#storage = storage;
    this.#goals = goals;
    this.#form = form;
  }

  /** Saves a new goal; `done` runs after the save succeeds (also after a retry). */
  create(
    draft: GoalDraft,
    done: (record: RecordEnvelope<Goal>) => void = () => undefined,
  ): Promise<RecordEnvelope<Goal>> {
    const goal = createGoal(draft);
    const problems = validateGoal(goal);
    if (problems.length) return Promise.reject(new ValidationError(problems));
    return this.#storage.save('add-goal', async (store) => {
      const record = await store.collection(goalModel).create(goal);
      this.#goals.put(record);
      this.#host.emit('rk-goal-created', goalDetail(record));
      done(record);
      return record;
    });
  }

  /** The form was submitted: shows its problems, or saves the goal and empties the form. */
  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const goal = createGoal(this.#form.draft);
    const problems = validateGoal(goal);
    this.#host.describe(NEW_GOAL, problems);
    if (problems.length)
      return this.#host.focusLater(
        problems[0].path === 'title' ? 'title-new' : 'new-chime-connectedness',
      );
    await this.create(goal, () => {
      this.#form.clear();
      this.#host.announce(this.#host.s.added(goal.title));
      this.#host.focusLater('title-new');
    }).catch(() => undefined); // the save status shows the failure and offers a retry; the text stays
  }
}
