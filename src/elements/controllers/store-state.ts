import type { TypingState } from './unsaved-typing.js';

/**
 * Where the connection to storage stands:
 * `connecting` (opening the store), `ready` (open, nothing saved yet in this visit),
 * `saving` (a write is running, or typing is waiting for its autosave), `unsaved`
 * (typing waits for the person to press a button), `saved` (everything typed and every
 * save so far is committed), `error` (opening the store failed, or a save failed and has
 * not succeeded since; `retry()` runs them again).
 */
export type StoreState = 'connecting' | 'ready' | 'saving' | 'unsaved' | 'saved' | 'error';

/** What a `StoreController` knows, from which its `state` follows. */
export interface StoreFacts {
  /** Opening the store, or a save, failed and waits for a retry. */
  readonly failed: boolean;
  /** The store is open. */
  readonly open: boolean;
  /** A write is running. */
  readonly writing: boolean;
  /** What the person's typing waits for. */
  readonly typing: TypingState;
  /** A save in this visit succeeded and still counts (none since an erase or a loss). */
  readonly saved: boolean;
}

/**
 * The state the save status shows. A failure shows before anything else, and nothing is
 * called saved while a write runs or typing waits: "Saved" only when all is committed.
 */
export function storeState(facts: StoreFacts): StoreState {
  if (facts.failed) return 'error';
  if (!facts.open) return 'connecting';
  if (facts.writing || facts.typing === 'saving') return 'saving';
  if (facts.typing === 'unsaved') return 'unsaved';
  return facts.saved ? 'saved' : 'ready';
}
