import { StorageError } from './storage-error.js';

const lockedError = () =>
  new StorageError('locked', 'Your saved data is locked. Unlock it with your passphrase.');

/**
 * An encrypted store's data key while it is unlocked, held only in memory, and its
 * locking: every tab on the namespace locks together (a `BroadcastChannel`), listeners
 * hear each lock and unlock, and {@link KeyLock.whenOpen} waits for the next unlock.
 */
export class KeyLock {
  #key: CryptoKey | undefined;
  #listeners = new Set<(locked: boolean) => void>();
  #channel: BroadcastChannel | undefined;
  #open!: Promise<void>;
  #letIn!: () => void;

  constructor(
    /** Names the channel the tabs lock on. */
    private readonly namespace: string,
  ) {
    this.#gate();
  }

  /** The data key, or `undefined` while locked. */
  get key(): CryptoKey | undefined {
    return this.#key;
  }

  /** The data key; throws `locked` while locked. */
  require(): CryptoKey {
    if (!this.#key) throw lockedError();
    return this.#key;
  }

  /** Resolves once {@link KeyLock.letIn} is called after the next unlock. */
  get whenOpen(): Promise<void> {
    return this.#open;
  }

  /** Holds `key` (unlocked), listens for locks from other tabs, and tells the listeners. */
  hold(key: CryptoKey): void {
    this.#key = key;
    if (!this.#channel && typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`recovery-kit:lock:${this.namespace}`);
      this.#channel.onmessage = () => this.lockHere();
    }
    this.#listeners.forEach((listener) => listener(false));
  }

  /** Lets {@link KeyLock.whenOpen} resolve: the store is ready (any migration has finished). */
  letIn(): void {
    this.#letIn();
  }

  /** Tells every other tab on the namespace to lock. */
  lockOthers(): void {
    this.#channel?.postMessage('lock');
  }

  /** Forgets the key in this tab and tells the listeners. */
  lockHere(): void {
    this.close();
    if (!this.#key) return;
    this.#key = undefined;
    this.#gate();
    this.#listeners.forEach((listener) => listener(true));
  }

  /** Calls `listener` with `true` on every lock and `false` on every unlock. Returns the unsubscribe. */
  onChange(listener: (locked: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening for other tabs' locks. */
  close(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }

  /** A new promise for {@link KeyLock.whenOpen} to wait on until the next unlock. */
  #gate(): void {
    this.#open = new Promise((resolve) => (this.#letIn = resolve));
  }
}
