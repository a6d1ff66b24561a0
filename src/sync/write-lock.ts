/**
 * Runs one step at a time per name, across the tabs of an origin (Web Locks) or, without
 * them (an insecure context), within this page. The synced store's check-then-write steps
 * (a local write and its outbox entry, a pulled record, a push's answer) run under it, so
 * a pull can never write over a change being saved in another tab. Never nest two steps.
 */
export class WriteLock {
  #chain: Promise<unknown> = Promise.resolve();

  constructor(readonly name: string) {}

  run<T>(step: () => Promise<T>): Promise<T> {
    const locks = globalThis.navigator?.locks;
    if (locks) return locks.request(this.name, step) as Promise<T>;
    const next = this.#chain.then(step, step);
    this.#chain = next.catch(() => undefined);
    return next;
  }
}
