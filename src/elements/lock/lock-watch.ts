import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LockedDetail } from '../../events/lock-events.js';
import type { LockableAdapter } from './lockable-adapter.js';

/** What a `LockWatch` tells its element. */
export interface LockWatchEvents {
  /** The adapter locked: asked here (`lock(reason)`), else in another tab or by the host. */
  locked(reason: LockedDetail['reason']): void;
  /** The adapter unlocked by itself (the host's own code, not the element's screens). */
  unlocked(): void;
}

/**
 * Follows the lock state of one adapter at a time for `<rk-lock>`: listens to the adapter
 * in use, never to one it no longer uses, and to none while the element is disconnected.
 * A lock asked for here is reported with its reason; any other with `elsewhere`.
 */
export class LockWatch implements ReactiveController {
  /** The adapter followed. */
  adapter: LockableAdapter | undefined;
  #stopListening: (() => void) | undefined;
  /** Why the adapter is locking, while this element asks it to. */
  #reason: LockedDetail['reason'] | undefined;
  readonly #events: LockWatchEvents;

  constructor(host: ReactiveControllerHost, events: LockWatchEvents) {
    this.#events = events;
    host.addController(this);
  }

  /** Follows `adapter` from now on; true when it is another adapter than before. */
  follow(adapter: LockableAdapter | undefined): adapter is LockableAdapter {
    if (!adapter || adapter === this.adapter) return false;
    this.#stopListening?.();
    this.adapter = adapter;
    this.#stopListening = adapter.onLockChange((locked) => {
      if (adapter !== this.adapter) return;
      if (locked) this.#events.locked(this.#reason ?? 'elsewhere');
      else this.#events.unlocked();
    });
    return true;
  }

  /** Locks the adapter, here and in every other tab, for `reason`. */
  lock(reason: LockedDetail['reason']): void {
    this.#reason = reason;
    try {
      this.adapter?.lock();
    } finally {
      this.#reason = undefined;
    }
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = this.adapter = undefined;
  }
}
