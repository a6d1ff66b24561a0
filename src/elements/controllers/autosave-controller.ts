import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How an {@link AutosaveController} saves and how long it waits. */
export interface AutosaveOptions<T> {
  /**
   * Writes one value to storage. Called with the newest value only, never twice at
   * the same time. A rejection keeps the value waiting so a later `flush()` retries it.
   */
  save: (value: T) => Promise<unknown>;
  /** Milliseconds of quiet after the last `schedule()` before saving. Default 800. */
  delay?: number;
  /**
   * Told about a failed save that nobody awaited (the debounce timer, `pagehide`,
   * the page being hidden, the element being removed). The value stays pending.
   */
  onError?: (error: unknown) => void;
}

/** The debounce delay used when none is given, in milliseconds. */
export const DEFAULT_AUTOSAVE_DELAY = 800;

/**
 * Saves what a person types shortly after they stop, and at once when the page may be
 * going away, so the last keystrokes are never lost.
 *
 * - `schedule(value)` records the newest value and (re)starts the quiet-time timer.
 * - The value is saved when the timer fires, or immediately on `pagehide`, on
 *   `visibilitychange` to hidden, when the host element is removed, or on `flush()`.
 * - Saves never overlap: a value typed while a save is running is saved right after it,
 *   and only the newest waiting value is written.
 * - A failed save keeps the value pending (nothing is dropped); `flush()` retries it.
 *
 * The host re-renders when `pending` changes, so it can show "unsaved changes".
 *
 * `save` should write the newest state when it runs (read `rev` inside it), so that a
 * retry through `StoreController` never puts older text back. Call `cancel()` after the
 * value was saved some other way or deliberately thrown away.
 *
 * @example
 * ```ts
 * private readonly storage = new StoreController(this);
 * private readonly autosave = new AutosaveController<string>(this, {
 *   save: (text) => this.storage.save('save-draft', (store) => writeDraft(store, text)),
 * });
 * onInput(e: Event) { this.autosave.schedule((e.target as HTMLTextAreaElement).value); }
 * ```
 */
export class AutosaveController<T> implements ReactiveController {
  private readonly delay: number;
  /** The newest value that has not been handed to `save` yet. */
  private waiting: { value: T } | undefined;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wasPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutosaveOptions<T>,
  ) {
    this.delay = options.delay ?? DEFAULT_AUTOSAVE_DELAY;
    host.addController(this);
  }

  /** True while a value waits to be saved or a save is still running. */
  get pending(): boolean {
    return this.waiting !== undefined || this.running !== undefined;
  }

  /** Remembers `value` as the newest one and saves it once typing has paused. */
  schedule(value: T): void {
    this.waiting = { value };
    this.restartTimer();
    this.notifyIfPendingChanged();
  }

  /**
   * Saves the newest waiting value now and resolves when everything scheduled so far
   * is stored. Rejects with the save's error when the newest value could not be saved
   * (it stays pending). The first `save` call starts synchronously, so a flush from a
   * `pagehide` handler starts its write before the page goes away.
   */
  async flush(): Promise<void> {
    this.clearTimer();
    try {
      for (;;) {
        if (this.running) {
          await this.running.catch(() => undefined);
          continue;
        }
        const next = this.waiting;
        if (!next) return;
        this.waiting = undefined;
        this.running = this.start(next);
        await this.running;
      }
    } finally {
      this.notifyIfPendingChanged();
    }
  }

  /** Forgets a waiting value without saving it (for example after the draft was discarded). */
  cancel(): void {
    this.clearTimer();
    this.waiting = undefined;
    this.notifyIfPendingChanged();
  }

  /** @internal */
  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** @internal */
  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.flushInBackground();
  }

  private start(entry: { value: T }): Promise<void> {
    let saving: Promise<unknown>;
    try {
      saving = Promise.resolve(this.options.save(entry.value));
    } catch (error) {
      saving = Promise.reject(error);
    }
    return saving.then(
      () => {
        this.running = undefined;
      },
      (error: unknown) => {
        this.running = undefined;
        // Keep the failed value unless something newer has been typed since.
        this.waiting ??= entry;
        throw error;
      },
    );
  }

  private readonly onPageHide = (): void => this.flushInBackground();

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flushInBackground();
  };

  private flushInBackground(): void {
    if (!this.pending) return;
    this.flush().catch((error: unknown) => this.options.onError?.(error));
  }

  private restartTimer(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flushInBackground();
    }, this.delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private notifyIfPendingChanged(): void {
    if (this.pending === this.wasPending) return;
    this.wasPending = this.pending;
    this.host.requestUpdate();
  }
}
