import { revisionGeneration } from '../core/ids.js';
import type { RecordEnvelope } from '../core/record.js';
import { toStorageError } from './failure.js';

/**
 * How long a writer announces the revision it wrote, and so the longest a tab waits for
 * that write to reach its own copy of the data (it takes milliseconds).
 */
const ANNOUNCE_MS = 2000;
/** Separates a key from a revision in a lock name; `encodeURIComponent` never leaves it in a key. */
const REV_MARK = '|';

/**
 * Makes a compare-and-set step on one key of a text store (localStorage) atomic across
 * the tabs of an origin, with the Web Locks API.
 *
 * Holding the key's lock is not enough on its own: each tab reads from its own copy of
 * localStorage, which hears of another tab's write a little later, so the next tab to
 * get the lock may still see the old revision. So the writer also holds a second lock
 * named after the key and the revision it wrote (`key|3-9f1c2a7b`) for a while (until
 * someone writes that key again, or {@link ANNOUNCE_MS}), and a tab that gets the key's
 * lock first waits until its own copy shows the newest revision announced.
 *
 * Without Web Locks (an insecure context) the step is atomic within one tab only.
 */
export class CrossTabLock {
  /** The revision lock this tab holds per key, as the function that releases it. */
  #published = new Map<string, () => void>();
  #listening = false;
  /** Another tab's write supersedes ours: drop our announcement of that key. */
  #onStorage = (event: StorageEvent) => {
    if (event.key === null) this.releaseAll();
    else this.#release(event.key);
  };

  constructor(
    /** The revision stored under `key` as this tab sees it now. */
    private readonly revisionOf: (key: string) => string | undefined,
  ) {}

  /** Runs `step` (a synchronous check and write of `key`) while no other tab can check or write it. */
  async run(key: string, step: () => RecordEnvelope): Promise<RecordEnvelope> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return step();
    this.#listen();
    try {
      return await locks.request(key, async () => {
        await this.#catchUp(locks, key);
        const written = step();
        await this.#publish(locks, key, written.rev);
        return written;
      });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** Lets go of every revision lock (after an import or an erase). */
  releaseAll(): void {
    this.#published.forEach((release) => release());
    this.#published.clear();
  }

  /** Lets go of every lock and stops listening; the next {@link run} starts again. */
  close(): void {
    this.releaseAll();
    if (this.#listening) removeEventListener('storage', this.#onStorage);
    this.#listening = false;
  }

  /** Waits until this tab's copy of `key` shows the newest revision another tab announced. */
  async #catchUp(locks: LockManager, key: string): Promise<void> {
    const { held = [] } = await locks.query();
    const announced = held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(key + REV_MARK))
      .map((name) => name.slice(key.length + REV_MARK.length))
      .sort((a, b) => revisionGeneration(b) - revisionGeneration(a))[0];
    if (announced === undefined || this.revisionOf(key) === announced) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        removeEventListener('storage', check);
        resolve();
      };
      const check = () => this.revisionOf(key) === announced && done();
      // The announcement may be stale (its key erased meanwhile); it lapses by then anyway.
      const timer = setTimeout(done, ANNOUNCE_MS);
      addEventListener('storage', check);
    });
  }

  /** Announces `rev` as the newest revision of `key` (see {@link ANNOUNCE_MS}). */
  async #publish(locks: LockManager, key: string, rev: string): Promise<void> {
    this.#release(key);
    await new Promise<void>((granted) => {
      void locks.request(
        key + REV_MARK + rev,
        () =>
          new Promise<void>((release) => {
            const timer = setTimeout(() => this.#release(key), ANNOUNCE_MS);
            this.#published.set(key, () => {
              clearTimeout(timer);
              release();
            });
            granted();
          }),
      );
    });
  }

  #release(key: string): void {
    this.#published.get(key)?.();
    this.#published.delete(key);
  }

  #listen(): void {
    if (this.#listening || typeof addEventListener !== 'function') return;
    this.#listening = true;
    addEventListener('storage', this.#onStorage);
  }
}
