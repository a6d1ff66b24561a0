import { ENTRY_DRAFT_ID, entryDraftModel, type EntryDraft } from '../../core/entry-draft.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordCollection } from '../../storage/record-collection.js';
import type { RecordStore } from '../../storage/record-store.js';
import { isStorageError } from '../../storage/storage-error.js';

/**
 * Keeps the journal's one draft (record kind `entry-draft`, fixed id) in the store:
 * read it back, write it while the person types, remove it when the entry is saved
 * or the draft discarded. Writes are compare-and-set; when another tab or an earlier
 * removal moved the revision on, the newest typing wins (it is this person's text).
 */
export class JournalDraftStore {
  private readonly drafts: RecordCollection<EntryDraft>;
  /** The last record this tab read or wrote (a tombstone after removal). */
  private known: RecordEnvelope<EntryDraft | null> | undefined;

  constructor(store: RecordStore) {
    this.drafts = store.collection(entryDraftModel);
  }

  /** The kept draft, or undefined when there is none (or it cannot be read). */
  async read(): Promise<EntryDraft | undefined> {
    const item = await this.drafts.get(ENTRY_DRAFT_ID);
    if (!item?.record) return undefined;
    this.known = item.record;
    return item.status === 'ok' ? item.record.data : undefined;
  }

  /** Writes `draft`, creating, updating or bringing back the record as needed. */
  async write(draft: EntryDraft): Promise<void> {
    try {
      this.known = await this.writeOver(this.known, draft);
    } catch (error) {
      if (!isStorageError(error) || error.code !== 'conflict') throw error;
      this.known = await this.writeOver(
        error.details.current as RecordEnvelope<EntryDraft | null> | undefined,
        draft,
      );
    }
  }

  /** Removes the kept draft, if there is one. */
  async remove(): Promise<void> {
    const item = await this.drafts.get(ENTRY_DRAFT_ID);
    if (!item?.record) return;
    this.known = await this.drafts.remove(ENTRY_DRAFT_ID, item.record.rev);
  }

  private writeOver(current: RecordEnvelope<EntryDraft | null> | undefined, draft: EntryDraft) {
    if (!current) return this.drafts.create(draft, { id: ENTRY_DRAFT_ID });
    if (current.deleted) return this.drafts.restore(current as RecordEnvelope<null>, draft);
    return this.drafts.update(ENTRY_DRAFT_ID, draft, current.rev);
  }
}
