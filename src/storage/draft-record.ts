import type { RecordModel } from '../core/model.js';
import type { RecordEnvelope } from '../core/record.js';
import type { RecordCollection } from './record-collection.js';
import type { RecordStore } from './record-store.js';
import { isStorageError } from './storage-error.js';

/**
 * One draft kept in the store under a fixed id (the journal's unsaved entry, the goal
 * tracker's "add a goal" form): read it back, write it while the person types, remove it
 * once what it holds was saved or discarded. Writes are compare-and-set; when another tab
 * or an earlier removal moved the revision on, the newest typing wins (it is this
 * person's text).
 */
export class DraftRecord<T> {
  private readonly drafts: RecordCollection<T>;
  /** The last record this tab read or wrote (a tombstone after removal). */
  private known: RecordEnvelope<T | null> | undefined;

  constructor(
    store: RecordStore,
    model: RecordModel<T>,
    private readonly id: string,
  ) {
    this.drafts = store.collection(model);
  }

  /** The kept draft, or undefined when there is none (or it cannot be read). */
  async read(): Promise<T | undefined> {
    const item = await this.drafts.get(this.id);
    if (!item?.record) return undefined;
    this.known = item.record;
    return item.status === 'ok' ? item.record.data : undefined;
  }

  /** Writes `draft`, creating, updating or bringing back the record as needed. */
  async write(draft: T): Promise<void> {
    try {
      this.known = await this.writeOver(this.known, draft);
    } catch (error) {
      if (!isStorageError(error) || error.code !== 'conflict') throw error;
      this.known = await this.writeOver(
        error.details.current as RecordEnvelope<T | null> | undefined,
        draft,
      );
    }
  }

  /** The stored data went away under the page: the next write creates the record again. */
  lost(): void {
    this.known = undefined;
  }

  /** Removes the kept draft, if there is one. */
  async remove(): Promise<void> {
    const item = await this.drafts.get(this.id);
    if (!item?.record) return;
    this.known = await this.drafts.remove(this.id, item.record.rev);
  }

  private writeOver(current: RecordEnvelope<T | null> | undefined, draft: T) {
    if (!current) return this.drafts.create(draft, { id: this.id });
    if (current.deleted) return this.drafts.restore(current as RecordEnvelope<null>, draft);
    return this.drafts.update(this.id, draft, current.rev);
  }
}
