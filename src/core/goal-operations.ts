/**
 * Pure operations on goals: each returns a new goal and leaves its input untouched,
 * so an element can keep the last saved copy while the person edits.
 */
import { localDay } from './calendar-day.js';
import { CHIME_KEYS, type ChimeKey } from './chime.js';
import type { Goal, GoalStatus, GoalStep } from './goal.js';

/** The goal with a new, not yet done step at the end. Blank text is ignored. */
export function addStep(goal: Goal, text: string, id: string = crypto.randomUUID()): Goal {
  const trimmed = text.trim();
  if (trimmed === '') return goal;
  return { ...goal, steps: [...goal.steps, { id, text: trimmed, done: false, doneAt: null }] };
}

function mapStep(goal: Goal, stepId: string, change: (step: GoalStep) => GoalStep): Goal {
  return { ...goal, steps: goal.steps.map((step) => (step.id === stepId ? change(step) : step)) };
}

/** The goal with one step's text replaced. Blank text leaves the step as it was. */
export function editStep(goal: Goal, stepId: string, text: string): Goal {
  const trimmed = text.trim();
  return trimmed === '' ? goal : mapStep(goal, stepId, (step) => ({ ...step, text: trimmed }));
}

/** The goal with one step ticked off (stamped with `now`) or unticked. */
export function setStepDone(goal: Goal, stepId: string, done: boolean, now: Date): Goal {
  return mapStep(goal, stepId, (step) => ({
    ...step,
    done,
    doneAt: done ? now.toISOString() : null,
  }));
}

/** The goal without one step. */
export function removeStep(goal: Goal, stepId: string): Goal {
  return { ...goal, steps: goal.steps.filter((step) => step.id !== stepId) };
}

/**
 * The goal with one step moved `offset` places (-1 is up, 1 is down), clamped to the
 * list; the keyboard-friendly way to reorder.
 */
export function moveStep(goal: Goal, stepId: string, offset: number): Goal {
  const from = goal.steps.findIndex((step) => step.id === stepId);
  const to = Math.min(goal.steps.length - 1, Math.max(0, from + offset));
  if (from < 0 || to === from) return goal;
  const steps = [...goal.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved);
  return { ...goal, steps };
}

/** The goal with a new status. */
export function changeStatus(goal: Goal, status: GoalStatus): Goal {
  return { ...goal, status };
}

/**
 * True when an active or paused goal's review date has come (today or earlier, in
 * local time). Achieved and let-go goals are never due.
 */
export function isReviewDue(goal: Goal, now: Date): boolean {
  if (goal.reviewOn === null || goal.status === 'achieved' || goal.status === 'let-go')
    return false;
  return goal.reviewOn <= localDay(now);
}

/** Which goals to show: one CHIME process and/or one status; empty means any. */
export interface GoalFilter {
  chime?: ChimeKey | '';
  status?: GoalStatus | '';
}

/** True when a goal passes the filter. */
export function matchesFilter(goal: Goal, filter: GoalFilter): boolean {
  return (
    (!filter.chime || goal.chime.includes(filter.chime)) &&
    (!filter.status || goal.status === filter.status)
  );
}

/** Counts for one CHIME process. A goal linked to two processes counts in both. */
export interface ChimeTally {
  key: ChimeKey;
  goals: number;
  achieved: number;
  stepsDone: number;
  stepsTotal: number;
}

/** Goals, achieved goals and steps (done and all) per CHIME process, in CHIME order. */
export function chimeOverview(goals: readonly Goal[]): ChimeTally[] {
  return CHIME_KEYS.map((key) => {
    const tally: ChimeTally = { key, goals: 0, achieved: 0, stepsDone: 0, stepsTotal: 0 };
    for (const goal of goals) {
      if (!goal.chime.includes(key)) continue;
      tally.goals += 1;
      if (goal.status === 'achieved') tally.achieved += 1;
      tally.stepsTotal += goal.steps.length;
      tally.stepsDone += goal.steps.filter((step) => step.done).length;
    }
    return tally;
  });
}
