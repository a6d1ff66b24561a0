import { createPlan, PLAN_RECORD_ID, planModel, readablePlan, type Plan } from '../../core/plan.js';
import type { PlanTemplate } from '../../core/plan-sections.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StorageChange } from '../../storage/storage-adapter.js';
import { isStorageError, type StorageError } from '../../storage/storage-error.js';
import type { StoredItemStatus } from '../../storage/stored-item.js';
import { AutosaveController } from '../controllers/autosave-controller.js';
import { StoreController, type StoreHost } from '../controllers/store-controller.js';

/** Why a stored plan can only be shown: it failed validation, is from a newer version, or is unreadable. */
export type UnreadableStatus = Exclude<StoredItemStatus, 'ok'>;

/** What the document needs from its element. */
export interface PlanDocumentHost extends StoreHost {
  /** The template a brand-new plan starts on. */
  readonly template: PlanTemplate;
}

/** Options for {@link PlanDocument}. */
export interface PlanDocumentOptions {
  /** Quiet time after typing before saving, in ms. */
  autosaveDelay?: number;
  /** A write succeeded; `record` holds the plan as stored. */
  onSaved?: (record: RecordEnvelope<Plan>) => void;
  /** The stored plan was read (first time, or again after an erase or import). */
  onLoaded?: () => void;
  /** Everything was erased (here or in another tab). */
  onErased?: () => void;
}

/** The leave-journal slot of the plan. */
const SLOT = 'plan';

/**
 * The person's one plan in a namespace, kept under the fixed id `PLAN_RECORD_ID`:
 * loading it, holding the version on screen, and saving it.
 *
 * - Every change is applied in memory at once (`change()`) and saved shortly after
 *   typing stops, or at once on `pagehide`, when the page is hidden, when the element is
 *   removed, or on `flush()` (via `AutosaveController`).
 * - Each write stores the newest plan on screen, so a retry after a failure or a late
 *   write can never put older text back.
 * - Nothing is written until the person changes something; a plan that could not be
 *   read (invalid, too new, corrupt) is shown and never written.
 * - Another tab's change is loaded when nothing is waiting to be saved here; otherwise the
 *   newest typing here wins (the person is looking at it).
 */
export class PlanDocument {
  /** The plan on screen (possibly ahead of what is stored). */
  plan: Plan;
  /** The stored record the plan was last read from or written to. */
  record: RecordEnvelope<Plan> | undefined;
  /** False until the stored plan (or its absence) has been read. */
  loaded = false;
  /** Set when the stored plan may only be shown. */
  unreadable: UnreadableStatus | undefined;

  readonly storage: StoreController;
  readonly #autosave: AutosaveController<Plan>;
  #writing: Promise<unknown> = Promise.resolve();

  readonly #host: PlanDocumentHost;
  readonly #options: PlanDocumentOptions;

  constructor(host: PlanDocumentHost, options: PlanDocumentOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.plan = createPlan(host.template);
    this.storage = new StoreController(host, {
      onReady: (store) => this.#load(store),
      onChange: (change) => this.#onStoredChange(change),
    });
    this.#autosave = new AutosaveController<Plan>(host, {
      delay: options.autosaveDelay,
      save: () => this.storage.save('save-plan', (store) => this.#writeNewest(store)),
      onError: () => {
        // Shown by the save status (`rk-storage-error` was fired); the plan stays pending.
      },
    });
  }

  /** True when the plan may be changed: loaded, readable. */
  get editable(): boolean {
    return this.loaded && !this.unreadable;
  }

  /** True while a change is waiting to be saved or being saved. */
  get pending(): boolean {
    return this.#autosave.pending;
  }

  /** Shows `next` at once and saves it shortly (or now, with `immediate`). Ignored when not editable. */
  change(next: Plan, options: { immediate?: boolean } = {}): void {
    if (!this.editable || next === this.plan) return;
    this.plan = next;
    this.#host.requestUpdate();
    this.storage.typing.keep(SLOT, next, { base: this.record?.rev });
    this.#autosave.schedule(next);
    if (options.immediate) this.flush().catch(() => undefined);
  }

  /** Saves any waiting change now; rejects when it could not be saved (it stays pending). */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  async #load(store: RecordStore): Promise<void> {
    const item = await store.collection(planModel).get(PLAN_RECORD_ID);
    const left = (await this.storage.typing.left<Plan>(SLOT)).at(-1);
    if (this.loaded && this.#autosave.pending) return;
    this.unreadable = item?.readonly ? (item.status as UnreadableStatus) : undefined;
    this.record = item?.record;
    const data = item?.record?.data;
    this.plan =
      data === undefined
        ? createPlan(this.#host.template)
        : item?.readonly
          ? readablePlan(data)
          : data;
    this.loaded = true;
    this.#host.requestUpdate();
    this.#options.onLoaded?.();
    if (!left || !this.editable) return;
    // Typing left from an earlier visit, newer than the stored plan: shown and saved now.
    this.storage.typing.settle(left);
    const stored = item?.record ? Date.parse(item.record.updatedAt) : 0;
    if (left.at > stored) this.change(left.value, { immediate: true });
  }

  #onStoredChange(change: StorageChange): void {
    if (change.type === 'lost') return this.#saveAgain();
    if (change.type === 'purge') {
      this.#autosave.cancel();
      this.record = undefined;
      this.loaded = false;
      this.#options.onErased?.();
    }
    if (change.origin === 'local' && change.type === 'put') return;
    if (change.id !== undefined && change.id !== PLAN_RECORD_ID) return;
    if (change.rev !== undefined && change.rev === this.record?.rev) return;
    if (this.#autosave.pending || !this.storage.store) return;
    void this.#load(this.storage.store);
  }

  /** The stored data went away under the page: the plan on screen is written again. */
  #saveAgain(): void {
    if (!this.editable || !this.record) return;
    this.record = undefined; // the next write creates it
    this.storage.typing.keep(SLOT, this.plan);
    this.#autosave.schedule(this.plan);
    this.flush().catch(() => undefined);
  }

  /** Writes the newest plan, one write at a time. */
  #writeNewest(store: RecordStore): Promise<RecordEnvelope<Plan>> {
    const next = this.#writing.catch(() => undefined).then(() => this.#write(store, this.plan));
    this.#writing = next;
    return next;
  }

  async #write(store: RecordStore, plan: Plan): Promise<RecordEnvelope<Plan>> {
    const collection = store.collection(planModel);
    let record: RecordEnvelope<Plan>;
    try {
      record = this.record
        ? await collection.update(PLAN_RECORD_ID, plan, this.record.rev)
        : await collection.create(plan, { id: PLAN_RECORD_ID });
    } catch (error) {
      const code = isStorageError(error) ? error.code : undefined;
      if (code !== 'conflict' && code !== 'not-found') throw error;
      // Another tab wrote first, or erased everything: what is on screen here is the newest typing.
      const current = (error as StorageError).details.current;
      if (current && current.schemaVersion > planModel.schemaVersion) throw error;
      if (!current) record = await collection.create(plan, { id: PLAN_RECORD_ID });
      else if (current.deleted)
        record = await collection.restore(current as RecordEnvelope<null>, plan);
      else record = await collection.update(PLAN_RECORD_ID, plan, current.rev);
    }
    this.record = record;
    if (plan === this.plan) {
      this.#autosave.cancel();
      this.storage.typing.committed(SLOT);
    }
    this.#options.onSaved?.(record);
    return record;
  }
}
