import type { ReactiveControllerHost } from 'lit';
import {
  blankNewGoal,
  isBlankNewGoal,
  NEW_GOAL_DRAFT_ID,
  newGoalDraftModel,
  type NewGoalDraft,
} from '../../core/goal-draft.js';
import { DraftRecord } from '../../storage/draft-record.js';
import type { RecordStore } from '../../storage/record-store.js';
import { AutosaveController } from '../controllers/autosave-controller.js';
import type { StoreController } from '../controllers/store-controller.js';

/** The leave-journal slot of the "add a goal" form. */
const SLOT = 'goal-new';

/**
 * The "add a goal" form's draft: kept in the leave journal on every change and in the
 * store (a `goal-draft` record) once typing pauses, brought back when the tracker
 * opens again (the journal's copy when it is newer), and blanked by erase-all.
 */
export class NewGoalForm {
  draft: NewGoalDraft = blankNewGoal();
  #record: DraftRecord<NewGoalDraft> | undefined;
  readonly #autosave: AutosaveController<NewGoalDraft>;
  readonly #host: ReactiveControllerHost & { readonly readonly: boolean };
  readonly #storage: StoreController;

  constructor(
    host: ReactiveControllerHost & { readonly readonly: boolean },
    storage: StoreController,
  ) {
    this.#host = host;
    this.#storage = storage;
    this.#autosave = new AutosaveController<NewGoalDraft>(host, {
      save: (draft) => this.#save(draft),
      onError: () => undefined, // the save status already shows it and offers a retry
    });
  }

  /** Changes the form and keeps it. */
  edit(update: (draft: NewGoalDraft) => NewGoalDraft): void {
    this.draft = update(this.draft);
    this.#storage.typing.keep(SLOT, this.draft);
    this.#autosave.schedule(this.draft);
    this.#host.requestUpdate();
  }

  /** Empties the form (the goal was added) and removes the kept draft. */
  clear(): void {
    this.edit(blankNewGoal);
    void this.#autosave.flush().catch(() => undefined);
  }

  /** Everything was erased: the form is blank, nothing more is written. */
  erased(): void {
    this.#autosave.cancel();
    this.draft = blankNewGoal();
    this.#host.requestUpdate();
  }

  /** The stored data went away: the form, still on screen, is saved again. */
  lost(): void {
    this.#record?.lost();
    if (!isBlankNewGoal(this.draft)) this.edit((draft) => draft);
  }

  /** Brings back a kept form, unless the person already started typing here. */
  async restore(store: RecordStore): Promise<void> {
    this.#record = new DraftRecord(store, newGoalDraftModel, NEW_GOAL_DRAFT_ID);
    const stored = await this.#record.read().catch(() => undefined);
    const left = (await this.#storage.typing.left<NewGoalDraft>(SLOT)).at(-1);
    if (!isBlankNewGoal(this.draft)) return;
    if (left && !this.#storage.typing.has(SLOT)) {
      this.#storage.typing.settle(left);
      this.edit(() => left.value); // newer than the stored draft: write it through the store
    } else if (stored) {
      this.draft = stored;
      this.#host.requestUpdate();
    }
  }

  #save(draft: NewGoalDraft): Promise<void> {
    const record = this.#record;
    if (this.#host.readonly || !record) return Promise.resolve();
    return this.#storage
      .save('save-goal-draft', () =>
        isBlankNewGoal(draft) ? record.remove() : record.write(draft),
      )
      .then(() => this.#storage.typing.committed(SLOT, draft));
  }
}
