import { newId } from '../core/ids.js';
import type { DraftSealer } from './storage-adapter.js';

/** One piece of unsaved typing, as the leave journal kept it. */
export interface KeptTyping<T = unknown> {
  /** What it belongs to, named by the tool (`goal:<id>`, `plan`, `reading`...). */
  readonly slot: string;
  readonly value: T;
  /** When it was typed (ms since 1970): replayed only when newer than what is stored. */
  readonly at: number;
  /** The revision the edit started from, when it edits a stored record. */
  readonly base: string | undefined;
  /** The storage key and text it was read from, so {@link LeaveJournal.settle} removes exactly it. */
  readonly key: string;
  readonly raw: string;
}

/** Where the journal's strings live: `localStorage`, or a map when that is refused. */
type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'recovery-kit-unsaved|';

/** This page's own mark, so one tab never clears what another tab is still typing. */
const PAGE = newId();

function mapBacking(): Backing {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

function localBacking(): Backing | undefined {
  try {
    const storage = globalThis.localStorage;
    storage.getItem(PREFIX); // throws where the browser refuses storage
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * A small synchronous journal of what a person has typed and not yet seen committed,
 * one per store. IndexedDB work started as the page goes away often never commits; a
 * `localStorage.setItem` made as the person types does. Tools keep each field's typing
 * here (`keep`) as it changes, drop it (`drop`) once the store has committed it, and
 * when they next open on the store read what is left (`read`), write it through the
 * store when it is newer than what is stored, then `settle` it.
 *
 * Each page keeps its own entry per slot (`<prefix><store>|<slot>|<page>`), so one
 * tab's commit never drops another tab's typing. `clear()` (erase-all) removes every
 * entry of the store, of every page.
 *
 * With an encrypted store the adapter says how (`draftSealing`): `'off'` keeps
 * nothing; a {@link DraftSealer} seals each value while the person types and the
 * last sealed string is what is written, so no plain text reaches `localStorage`.
 * Without a name for the store (a memory store) the journal lives in memory only.
 *
 * When `localStorage` is cleared under the page (the browser's "clear site data", which
 * may reach it after the page already wrote its typing again, or another page's
 * `localStorage.clear()`), the journal writes this page's entries back at once.
 */
export class LeaveJournal {
  readonly #backing: Backing;
  readonly #store: string;
  readonly #sealing: 'off' | DraftSealer | undefined;
  /** The newest seal asked for per slot: an older one finishing late is not written. */
  #turnOf = new Map<string, number>();
  #turns = 0;
  /** This page's entries as last written, by key: written back if the storage is cleared. */
  readonly #written = new Map<string, string>();

  constructor(storeName: string | undefined, sealing?: 'off' | DraftSealer) {
    this.#backing = (storeName !== undefined && localBacking()) || mapBacking();
    this.#store = encodeURIComponent(storeName ?? 'memory');
    this.#sealing = sealing;
    if (this.#backing === globalThis.localStorage) {
      globalThis.addEventListener('storage', (event) => {
        if (event.key === null) this.writeAgain(); // cleared (another tab's removals name a key)
      });
    }
  }

  /** False when the store asked for no journal (`draftSealing: 'off'`). */
  get enabled(): boolean {
    return this.#sealing !== 'off';
  }

  /** Keeps `value` for `slot` now (sealed first when the store seals: then shortly). */
  keep(slot: string, value: unknown, base?: string): void {
    if (this.#sealing === 'off') return;
    const text = JSON.stringify({ at: Date.now(), base, value });
    const key = this.#key(slot, PAGE);
    if (!this.#sealing) return this.#write(key, text);
    const turn = ++this.#turns;
    this.#turnOf.set(slot, turn);
    this.#sealing.seal(text).then(
      (sealed) => {
        if (this.#turnOf.get(slot) === turn) this.#write(key, sealed);
      },
      () => undefined, // cannot seal (locked): nothing plain is written; the store's own save still runs
    );
  }

  /** Forgets this page's entry for `slot` (its typing was committed, or thrown away on purpose). */
  drop(slot: string): void {
    this.#turnOf.delete(slot);
    this.#remove(this.#key(slot, PAGE));
  }

  /**
   * Every entry of `slot`, of every page, opened and oldest first; a `slot` ending in
   * `:` (`goal:`) reads every slot starting with it. Entries that cannot be opened
   * (locked, corrupt) are left where they are.
   */
  async read<T>(slot: string): Promise<KeptTyping<T>[]> {
    if (this.#sealing === 'off') return [];
    const start = `${PREFIX}${this.#store}|`;
    const found: KeptTyping<T>[] = [];
    for (const key of this.#keys()) {
      if (!key.startsWith(start)) continue;
      const named = decodeURIComponent(key.slice(start.length).split('|')[0]);
      if (slot.endsWith(':') ? !named.startsWith(slot) : named !== slot) continue;
      const raw = this.#backing.getItem(key);
      if (raw === null) continue;
      try {
        const text = this.#sealing ? await this.#sealing.open(raw) : raw;
        const { at, base, value } = JSON.parse(text) as { at: number; base?: string; value: T };
        if (typeof at === 'number') found.push({ slot: named, value, at, base, key, raw });
      } catch {
        // Unreadable here (locked, or not ours): left untouched for a later visit.
      }
    }
    return found.sort((a, b) => a.at - b.at);
  }

  /** Removes an entry `read` gave, unless it was written again since. */
  settle(kept: KeptTyping): void {
    if (this.#backing.getItem(kept.key) === kept.raw) this.#remove(kept.key);
  }

  /**
   * Writes this page's entries again, as they were last written (the storage was cleared
   * under the page). Runs by itself when localStorage is cleared; the store controller
   * calls it when the stored data was lost, in case the journal went with it unannounced.
   */
  writeAgain(): void {
    for (const [key, text] of this.#written) this.#write(key, text);
  }

  /** Removes every entry of this store, of every page (erase-all). */
  clear(): void {
    this.#turnOf.clear();
    this.#written.clear();
    const start = `${PREFIX}${this.#store}|`;
    for (const key of this.#keys()) if (key.startsWith(start)) this.#remove(key);
  }

  #key(slot: string, page: string): string {
    return `${PREFIX}${this.#store}|${encodeURIComponent(slot)}|${page}`;
  }

  #keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.#backing.length; i += 1) {
      const key = this.#backing.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys;
  }

  #write(key: string, text: string): void {
    this.#written.set(key, text);
    try {
      this.#backing.setItem(key, text);
    } catch {
      // Full or refused: the store's own save still runs; the status says when it is saved.
    }
  }

  #remove(key: string): void {
    this.#written.delete(key);
    try {
      this.#backing.removeItem(key);
    } catch {
      // Refused storage holds nothing of ours to remove.
    }
  }
}
