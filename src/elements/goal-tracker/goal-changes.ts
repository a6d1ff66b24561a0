import type { Goal } from '../../core/goal.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { GoalEventDetail } from '../../events/goal-events.js';
import type { RkElement } from '../rk-element.js';

/** An event detail holding copies, so a listener can never change what is on screen. */
export function goalDetail(record: RecordEnvelope<Goal>): GoalEventDetail {
  return { goal: structuredClone(record.data), record: structuredClone(record) };
}

/**
 * Fires what a saved change of a goal means: always `rk-goal-updated`, plus
 * `rk-goal-status-changed` when the status moved and `rk-step-completed` for each step
 * newly ticked off.
 */
export function emitGoalSaved(host: RkElement, before: Goal, record: RecordEnvelope<Goal>): void {
  host.emit('rk-goal-updated', goalDetail(record));
  if (before.status !== record.data.status) {
    host.emit('rk-goal-status-changed', {
      ...goalDetail(record),
      from: before.status,
      to: record.data.status,
    });
  }
  for (const step of record.data.steps) {
    const was = before.steps.find((each) => each.id === step.id);
    if (step.done && !was?.done)
      host.emit('rk-step-completed', { ...goalDetail(record), step: structuredClone(step) });
  }
}
