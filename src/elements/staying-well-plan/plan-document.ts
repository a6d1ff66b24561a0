import {
  createPlan,
  PLAN_RECORD_ID,
  planModel,
  readablePlan,
  validatePlan,
  type Plan,
} from '../../core/plan.js';
import type { PlanTemplate } from '../../core/plan-sections.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StorageChange } from '../../storage/storage-adapter.js';
import type { StoredItem, StoredItemStatus } from '../../storage/stored-item.js';
import { RecordDrafts } from '../controllers/record-drafts.js';
import { StoreController, type StoreHost } from '../controllers/store-controller.js';

/** Why a stored plan can only be shown: it failed validation, is from a newer version, or is unreadable. */
export type UnreadableStatus = Exclude<StoredItemStatus, 'ok'>;

/** What the document needs from its element. */
export interface PlanDocumentHost extends StoreHost {
  /** The template a brand-new plan starts on. */
  readonly template: PlanTemplate;
}

/** What happened to the person's edit when it met a change made elsewhere. */
export type PlanNotice = 'kept-both' | 'brought-back';

/** Options for {@link PlanDocument}. */
export interface PlanDocumentOptions {
  /** A write succeeded; `record` holds the plan as stored. */
  onSaved?: (record: RecordEnvelope<Plan>) => void;
  /** The stored plan was first read. */
  onLoaded?: () => void;
  /** Everything was erased (here or in another tab). */
  onErased?: () => void;
  /** The edit met a change made elsewhere and both were kept, or the plan had been removed elsewhere and is back: tell the person. */
  onNotice?: (notice: PlanNotice) => void;
}

/**
 * The person's one plan in a namespace, kept under the fixed id `PLAN_RECORD_ID`, on
 * the shared editing core ({@link RecordDrafts}):
 *
 * - Every change is shown at once (`change()`), kept in the leave journal, and saved
 *   shortly after typing stops, or at once on `pagehide`, when the page is hidden, when
 *   the element is removed, or on `flush()`.
 * - Nothing is written until the person changes something; a plan that could not be
 *   read (invalid, too new, corrupt) is shown and never written.
 * - Its own writes cost no reload; another tab's change is read by id and shown when
 *   nothing is being typed here; when both changed the plan, the write merges the two
 *   from the version the edit started from (`mergePlans`, loaded then), keeping both texts where both
 *   changed the same one; a plan removed elsewhere while being edited comes back with
 *   the edit. Erase-all drops the edit.
 */
export class PlanDocument {
  /** False until the stored plan (or its absence) has been read. */
  loaded = false;

  readonly storage: StoreController;
  readonly #drafts: RecordDrafts<Plan>;
  readonly #host: PlanDocumentHost;
  #blank: Plan | undefined;
  #readable: { item: StoredItem<Plan>; plan: Plan } | undefined;

  constructor(host: PlanDocumentHost, options: PlanDocumentOptions = {}) {
    this.#host = host;
    this.storage = new StoreController(host, {
      onReady: (store) => this.#load(store, options),
      onChange: (change) => this.#onStoredChange(change, options),
    });
    this.#drafts = new RecordDrafts<Plan>(host, this.storage, {
      model: planModel,
      slot: 'plan:',
      blank: () => this.#blankPlan,
      loadMerge: () =>
        import('../../core/plan-merge.js').then(({ mergePlans }) => (base, mine, theirs) => {
          const { plan, keptBoth } = mergePlans(base, mine, theirs);
          return { data: plan, keptBoth };
        }),
      valid: (plan) => validatePlan(plan).length === 0,
      onChanged: () => host.requestUpdate(),
      onKeptBoth: () => options.onNotice?.('kept-both'),
      onSaved: ({ record, broughtBack }) => {
        if (broughtBack) options.onNotice?.('brought-back');
        host.requestUpdate();
        options.onSaved?.(record);
      },
    });
  }

  get #item(): StoredItem<Plan> | undefined {
    return this.#drafts.item(PLAN_RECORD_ID);
  }

  /** A new plan on the host's template (the same object while nothing is written). */
  get #blankPlan(): Plan {
    if (this.#blank?.template !== this.#host.template)
      this.#blank = createPlan(this.#host.template);
    return this.#blank;
  }

  /** The plan on screen (possibly ahead of what is stored). */
  get plan(): Plan {
    const item = this.#item;
    if (!item) return this.#blankPlan;
    if (item.status === 'ok') return this.#drafts.shown(PLAN_RECORD_ID)!;
    if (this.#readable?.item !== item)
      this.#readable = { item, plan: readablePlan(item.record?.data) };
    return this.#readable.plan;
  }

  /** The stored record the plan was last read from or written to. */
  get record(): RecordEnvelope<Plan> | undefined {
    const record = this.#item?.record;
    return record?.rev ? record : undefined;
  }

  /** Set when the stored plan may only be shown. */
  get unreadable(): UnreadableStatus | undefined {
    const item = this.#item;
    return item && item.status !== 'ok' ? item.status : undefined;
  }

  /** True when the plan may be changed: loaded, readable. */
  get editable(): boolean {
    return this.loaded && !this.unreadable;
  }

  /** True while a change is waiting to be saved or being saved. */
  get pending(): boolean {
    return this.#drafts.pending(PLAN_RECORD_ID);
  }

  /** Shows `next` at once and saves it shortly (or now, with `immediate`). Ignored when not editable. */
  change(next: Plan, options: { immediate?: boolean } = {}): void {
    if (!this.editable || next === this.plan) return;
    this.#drafts.edit(PLAN_RECORD_ID, () => next);
    this.#host.requestUpdate();
    if (options.immediate) this.flush().catch(() => undefined);
  }

  /** Saves any waiting change now; rejects when it could not be saved (it stays pending). */
  async flush(): Promise<void> {
    if (this.pending) await this.#drafts.save(PLAN_RECORD_ID);
  }

  async #load(store: RecordStore, options: PlanDocumentOptions): Promise<void> {
    await this.#drafts.load(store);
    this.loaded = true;
    this.#host.requestUpdate();
    options.onLoaded?.();
  }

  #onStoredChange(change: StorageChange, options: PlanDocumentOptions): void {
    this.#drafts.onChange(change);
    if (change.type === 'purge') options.onErased?.();
  }
}
