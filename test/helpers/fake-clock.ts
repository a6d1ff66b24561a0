/**
 * A fake clock for a test's long timers: `setTimeout` calls of `from` ms or more are
 * held until `tick()` moves the clock past them; shorter ones (Lit, IndexedDB, the change
 * feed) keep running for real. Give the code under test a long delay (an autosave of a
 * minute), then tick: nothing races a real sleep, however busy the machine is.
 *
 * ```ts
 * const clock = new FakeClock({ from: 1000 });
 * try { ...; clock.tick(60_000); ... } finally { clock.uninstall(); }
 * ```
 */
export class FakeClock {
  #now = 0;
  #next = 1e9;
  readonly #timers = new Map<number, { at: number; run: () => void }>();
  readonly #real = { set: window.setTimeout, clear: window.clearTimeout };

  /** `below`: timers that long or longer run for real too (a `waitUntil`'s own timeout). */
  constructor({ from, below = Infinity }: { from: number; below?: number }) {
    const real = this.#real;
    window.setTimeout = ((run: () => void, ms = 0, ...args: unknown[]) => {
      if (ms < from || ms >= below) return real.set.call(window, run, ms, ...args);
      const id = (this.#next += 1);
      this.#timers.set(id, { at: this.#now + ms, run });
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && this.#timers.delete(id)) return;
      real.clear.call(window, id);
    }) as typeof clearTimeout;
  }

  /** Moves the clock on by `ms` and runs the held timers that are due, in order. */
  tick(ms: number): void {
    this.#now += ms;
    const due = [...this.#timers].filter(([, timer]) => timer.at <= this.#now);
    for (const [id, timer] of due.sort(([, a], [, b]) => a.at - b.at)) {
      this.#timers.delete(id);
      timer.run();
    }
  }

  uninstall(): void {
    window.setTimeout = this.#real.set;
    window.clearTimeout = this.#real.clear;
  }
}
