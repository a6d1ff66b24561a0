import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What counts as the person still being there. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once nobody has touched the page for `minutes()` minutes, while
 * `active()` is true. Any key, pointer, wheel or input anywhere on the page starts the
 * wait again. 0 (or less) minutes: never.
 */
export class IdleLock implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #restart = () => this.restart();

  constructor(
    host: ReactiveControllerHost,
    private readonly minutes: () => number,
    private readonly active: () => boolean,
    private readonly onIdle: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY)
      window.addEventListener(type, this.#restart, { capture: true, passive: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) window.removeEventListener(type, this.#restart, { capture: true });
    clearTimeout(this.#timer);
  }

  /** Starts the wait again (or stops it while not `active()`). */
  restart(): void {
    clearTimeout(this.#timer);
    const minutes = this.minutes();
    if (!this.active() || !(minutes > 0)) return;
    this.#timer = setTimeout(() => this.onIdle(), minutes * 60_000);
  }
}
