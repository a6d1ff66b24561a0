/**
 * The typed-events pattern every recovery-kit element follows.
 *
 * Events are named `rk-<thing>-<past-tense verb>`, are `CustomEvent`s with
 * `bubbles: true, composed: true`, and are fired with `RkElement.emit()` only after the
 * write they report has succeeded. Their `detail` carries a copy of the record.
 *
 * To declare a tool's events, add ONE interface entry per event to the global
 * `RkEventDetailMap`, in the tool's own file `src/events/<tool>-events.ts`:
 *
 * ```ts
 * import type { GoalRecord } from '../core/goal.js';
 * import type {} from './rk-event.js'; // brings the global maps into the program
 *
 * declare global {
 *   interface RkEventDetailMap {
 *     // Fired after a new goal was saved.
 *     'rk-goal-created': { goal: GoalRecord };
 *   }
 * }
 * export {};
 * ```
 *
 * That is all: `HTMLElementEventMap` is derived from `RkEventDetailMap` below, so
 * `el.addEventListener('rk-goal-created', (e) => e.detail.goal)` is typed, and
 * `this.emit('rk-goal-created', { goal })` checks the detail. Do not add the event to
 * `HTMLElementEventMap` by hand. A type test for your events belongs in `test/typings/`.
 */

declare global {
  /**
   * Event name -> `detail` type, for every event a recovery-kit element fires.
   * Augmented by each file in `src/events/`.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RkEventDetailMap {}

  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RkEventMap {}
}

/** `RkEventDetailMap` turned into `CustomEvent` types: name -> `CustomEvent<detail>`. */
export type RkEventMap = { [K in RkEventName]: RkEvent<K> };

/** The name of any recovery-kit event. */
export type RkEventName = keyof RkEventDetailMap;

/** The `CustomEvent` fired under `name`, with its typed `detail`. */
export type RkEvent<K extends RkEventName> = CustomEvent<RkEventDetailMap[K]>;

/**
 * Creates a recovery-kit event: a `CustomEvent` that bubbles and crosses shadow roots.
 * Elements call `RkElement.emit()`, which uses this.
 */
export function createRkEvent<K extends RkEventName>(
  type: K,
  detail: RkEventDetailMap[K],
): RkEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
