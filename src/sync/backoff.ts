/** Timers the sync client uses, so tests can drive them (fake timers, never sleeps). */
export interface SyncClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realClock: SyncClock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  now: () => Date.now(),
};

/** Retry delays: capped exponential growth with full jitter. */
export interface BackoffOptions {
  /** The first delay's ceiling. Default 1 s. */
  baseMs?: number;
  /** The longest delay. Default 5 minutes. */
  maxMs?: number;
  /** A number in [0, 1); default `Math.random`. */
  random?: () => number;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): a random time up to
 * `baseMs * 2^attempt`, never more than `maxMs` ("full jitter", so many devices coming back
 * online at once do not all retry in step). A server's `Retry-After` is a floor.
 */
export function retryDelay(attempt: number, options: BackoffOptions = {}, floorMs = 0): number {
  const { baseMs = 1000, maxMs = 300_000, random = Math.random } = options;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.min(maxMs, Math.max(floorMs, Math.floor(random() * ceiling)));
}
