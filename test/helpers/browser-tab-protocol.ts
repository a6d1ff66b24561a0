/** The messages between a test and the real second tab it opened (see browser-tab.ts). */

export const TAB_CHANNEL = 'recovery-kit-test-tab';

/** Runs one LocalStorageAdapter method in the second tab, starting at time `at`. */
export interface TabCall {
  type: 'call';
  call: number;
  namespace: string;
  method: 'get' | 'put' | 'remove';
  args: unknown[];
  /** `Date.now()` at which to start, so both tabs start together. */
  at: number;
}

export type TabReply =
  | { type: 'reply'; call: number; ok: true; value: unknown }
  | { type: 'reply'; call: number; ok: false; code: string; current?: unknown };

/**
 * Waits for the clock to reach `at`: the timer gets close, a short spin does the rest, so
 * two tabs start one operation within a millisecond or so of each other.
 */
export async function startAt(at: number): Promise<void> {
  const wait = at - Date.now() - 5;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  while (Date.now() < at) {
    // spin
  }
}
