/**
 * `@open-wc/testing` as every test file sees it (web-test-runner.config.mjs points the
 * bare import here): the same exports, but `waitUntil` waits up to 8 s by default
 * instead of 1 s. Conditions are awaited, never raced against a clock; on a machine whose
 * cores are saturated by other work, one second is too short for a real IndexedDB
 * round trip and a render.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export * from '@open-wc/testing';

/** How long `waitUntil` waits by default, in ms (mocha's own limit per test is higher). */
export const PATIENT_TIMEOUT = 8000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: PATIENT_TIMEOUT, ...options });
}
