import type { Goal, GoalStatus, GoalStep } from '../core/goal.js';
import type { RecordEnvelope } from '../core/record.js';
import type {} from './rk-event.js';

/** Every goal event carries the goal's data and its whole stored record (copies). */
export interface GoalEventDetail {
  /** The goal as saved: `detail.goal.title`, `detail.goal.steps`, ... */
  goal: Goal;
  /** The stored record (id, revision, timestamps) holding that goal. */
  record: RecordEnvelope<Goal>;
}

/** Detail of `rk-goal-status-changed`. */
export interface GoalStatusChangedDetail extends GoalEventDetail {
  from: GoalStatus;
  to: GoalStatus;
}

/** Detail of `rk-step-completed`. */
export interface StepCompletedDetail extends GoalEventDetail {
  step: GoalStep;
}

declare global {
  interface RkEventDetailMap {
    /** A new goal was saved. */
    'rk-goal-created': GoalEventDetail;
    /** A goal's content was saved (any field, steps included). */
    'rk-goal-updated': GoalEventDetail;
    /** A goal was removed; `goal` and `record` are what it held just before. */
    'rk-goal-removed': GoalEventDetail;
    /** A removed goal was brought back with Undo. */
    'rk-goal-restored': GoalEventDetail;
    /** A goal's status was saved with a new value (also fires `rk-goal-updated`). */
    'rk-goal-status-changed': GoalStatusChangedDetail;
    /** A step was ticked off and saved (also fires `rk-goal-updated`). */
    'rk-step-completed': StepCompletedDetail;
  }
}
export {};
