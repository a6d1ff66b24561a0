import type { RecordEnvelope } from '../../core/record.js';
import type { RecordCollection } from '../../storage/record-collection.js';
import { isStorageError } from '../../storage/storage-error.js';

/** A person's draft of one record. */
export interface Draft<T> {
  data: T;
  /** The stored record the edit started from (moves on with each own commit). */
  base: RecordEnvelope<T>;
}

/** What writing a draft came to. */
export interface DraftWritten<T> {
  /** The stored record; undefined when it was erased elsewhere (erase wins: nothing written). */
  record: RecordEnvelope<T> | undefined;
  /** The record as it was before this write (the edit's base, or the newer one met). */
  before: T;
  /** Both sides changed the same text, so both were kept. */
  keptBoth: boolean;
  /** It had been removed elsewhere meanwhile, and was brought back with the edit. */
  broughtBack: boolean;
  /** A newer revision was met and merged in (so the merge had been loaded). */
  merged: boolean;
}

/** A three-way merge from the edit's base; `keptBoth` when the same text changed on both sides. */
export type DraftMerge<T> = (base: T, mine: T, theirs: T) => { data: T; keptBoth: boolean };

/** The rules a draft's write follows when its record moved on. */
export interface ConflictRules<T> {
  /**
   * The three-way merge, loaded when a write first meets a newer revision (a page that
   * never meets one never downloads it). A failed load fails the write: the draft stays.
   */
  loadMerge: () => Promise<DraftMerge<T>>;
  /**
   * Whether the record may be missing without having been erased (the store was lost):
   * `undefined` no (erase wins), `true` yes and tell the person, `false` yes quietly.
   */
  mayBeMissing: () => boolean | undefined;
  /** Both sides changed the same text: both are kept (tell the person), before the merged write. */
  onKeptBoth: () => void;
}

/**
 * Writes `draft` over its base, and when that moved on: merges three-way with a newer
 * revision, brings back a record removed elsewhere (restoring its tombstone), creates a
 * document never stored, and writes nothing over a record erased without a trace.
 */
export async function writeDraft<T>(
  records: RecordCollection<T>,
  id: string,
  draft: Draft<T>,
  rules: ConflictRules<T>,
): Promise<DraftWritten<T>> {
  let keptBoth = false;
  let broughtBack = false;
  let merged = false;
  let before = draft.base.data;
  const record = await records
    .update(id, draft.data, draft.base.rev)
    .catch(async (error: unknown) => {
      const code = isStorageError(error) ? error.code : undefined;
      if (code !== 'conflict' && code !== 'not-found') throw error;
      const current = (error as { details: { current?: RecordEnvelope<T | null> } }).details
        .current;
      if (!current) {
        if (draft.base.rev === '') return records.create(draft.data, { id }); // a document never stored is simply created
        // Gone without a tombstone: erased elsewhere (erase wins), unless the store was lost.
        const missing = rules.mayBeMissing();
        if (missing === undefined) return undefined;
        broughtBack = missing;
        return records.create(draft.data, { id, createdAt: draft.base.createdAt });
      }
      if (current.deleted) {
        broughtBack = draft.base.rev !== '';
        return records.restore(current as RecordEnvelope<null>, draft.data);
      }
      const theirs = current as RecordEnvelope<T>;
      const merge = await rules.loadMerge();
      const result = merge(draft.base.data, draft.data, theirs.data);
      merged = true;
      keptBoth = result.keptBoth;
      if (keptBoth) rules.onKeptBoth();
      before = theirs.data;
      return records.update(id, result.data, theirs.rev);
    });
  return { record, before, keptBoth, broughtBack, merged };
}
