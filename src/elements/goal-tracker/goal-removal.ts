import { goalModel, type Goal } from '../../core/goal.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordDrafts } from '../controllers/record-drafts.js';
import type { StoreController } from '../controllers/store-controller.js';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import { undoNoticeReady } from '../undo/undo-notice-ready.js';
import { goalDetail } from './goal-changes.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';

/** What removing a goal needs from the tracker. */
export interface GoalRemovalHost {
  readonly readonly: boolean;
  readonly s: GoalTrackerStrings;
  /** Where the tracker's `<rk-undo-notice>` is. */
  readonly renderRoot: ParentNode;
  emit(type: 'rk-goal-removed' | 'rk-goal-restored', detail: ReturnType<typeof goalDetail>): void;
  announce(message: string): void;
  focusGoal(id: string): Promise<void>;
}

/** Removing a goal with "Undo": the tombstone is kept until the notice expires. */
export class GoalRemoval {
  #last: { tombstone: RecordEnvelope<null>; record: RecordEnvelope<Goal> } | undefined;
  readonly #host: GoalRemovalHost;
  readonly #storage: StoreController;
  readonly #goals: RecordDrafts<Goal>;

  constructor(host: GoalRemovalHost, storage: StoreController, goals: RecordDrafts<Goal>) {
    this.#host = host;
    this.#storage = storage;
    this.#goals = goals;
  }

  /** Removes a goal and offers Undo (the notice's element loads meanwhile, on first use). */
  async remove(id: string): Promise<void> {
    const item = this.#goals.item(id);
    const record = item?.status === 'ok' ? item.record : undefined;
    if (!record || this.#host.readonly) return;
    const notice = undoNoticeReady(() =>
      this.#host.renderRoot.querySelector<RkUndoNotice>('rk-undo-notice'),
    );
    await this.#storage.save('remove-goal', async (store) => {
      const tombstone = await store.collection(goalModel).remove(id, record.rev);
      this.#goals.forget(id);
      this.#last = { tombstone, record };
      const message = this.#host.s.removed(record.data.title);
      const shown = await notice;
      this.#host.emit('rk-goal-removed', goalDetail(record));
      if (!shown) return this.#host.announce(message);
      shown.show(message);
      await shown.focusUndo();
    });
  }

  /** Brings the last removed goal back ("Undo"). */
  async undo(): Promise<void> {
    const removed = this.#last;
    if (!removed) return;
    this.#last = undefined;
    await this.#storage.save('restore-goal', async (store) => {
      const record = await store
        .collection(goalModel)
        .restore(removed.tombstone, removed.record.data);
      this.#goals.put(record);
      this.#host.emit('rk-goal-restored', goalDetail(record));
      this.#host.announce(this.#host.s.restored(record.data.title));
      await this.#host.focusGoal(record.id);
    });
  }

  /** Undo is no longer offered (the notice expired, or everything was erased). */
  forget(): void {
    this.#last = undefined;
  }
}
