import { isCalendarDay } from './calendar-day.js';
import { checkList, checkText, isPlainObject, isTimestamp } from './validate.js';
import { isChimeKey, type ChimeKey } from './chime.js';
import type { RecordModel, ValidationProblem } from './model.js';

/** Where a goal stands. There is deliberately no "failed": a goal can be let go. */
export type GoalStatus = 'active' | 'paused' | 'achieved' | 'let-go';

/** Every goal status, in the order they are offered. */
export const GOAL_STATUSES: readonly GoalStatus[] = ['active', 'paused', 'achieved', 'let-go'];

/** One small step towards a goal. `doneAt` is an ISO timestamp once ticked off. */
export interface GoalStep {
  id: string;
  text: string;
  done: boolean;
  doneAt: string | null;
}

/** Something that might get in the way, and what the person will do about it. */
export interface GoalBarrier {
  text: string;
  plan: string;
}

/** A recovery goal, in the person's own words. Every text field may be empty except `title`. */
export interface Goal {
  /** The goal in my words. */
  title: string;
  /** The CHIME processes it serves (at least one). */
  chime: ChimeKey[];
  /** Why it matters to me. */
  why: string;
  /** Strengths I can use. */
  strengths: string;
  steps: GoalStep[];
  barriers: GoalBarrier[];
  /** Who can support me, one person or group per entry. */
  supporters: string[];
  /** A date to look at the goal again, `YYYY-MM-DD`, or null. */
  reviewOn: string | null;
  status: GoalStatus;
  notes: string;
}

/** The fields a new goal needs; everything else starts empty. */
export type GoalDraft = Pick<Goal, 'title' | 'chime'> & Partial<Goal>;

/** Longest text kept in any one field (generous: long writing is welcome). */
export const GOAL_TEXT_MAX = 200_000;
/** Most steps, barriers or supporters on one goal. */
export const GOAL_LIST_MAX = 500;

/** A complete goal from a draft, with empty defaults for everything not given. */
export function createGoal(draft: GoalDraft): Goal {
  return {
    why: '',
    strengths: '',
    steps: [],
    barriers: [],
    supporters: [],
    reviewOn: null,
    status: 'active',
    notes: '',
    ...draft,
    title: draft.title.trim(),
    chime: [...draft.chime],
  };
}

type Problems = ValidationProblem[];

function checkSteps(problems: Problems, steps: unknown[]): void {
  const seen = new Set<unknown>();
  steps.forEach((step, i) => {
    const path = `steps.${i}`;
    if (!isPlainObject(step)) return void problems.push({ path, code: 'invalid-type' });
    if (typeof step.id !== 'string' || step.id === '')
      problems.push({ path: `${path}.id`, code: 'required' });
    else if (seen.has(step.id)) problems.push({ path: `${path}.id`, code: 'duplicate' });
    seen.add(step.id);
    checkText(problems, `${path}.text`, step.text, GOAL_TEXT_MAX, true);
    if (typeof step.done !== 'boolean')
      problems.push({ path: `${path}.done`, code: 'invalid-type' });
    if (step.doneAt !== null && !isTimestamp(step.doneAt))
      problems.push({ path: `${path}.doneAt`, code: 'invalid-date' });
  });
}

/** Every problem with `data` as a goal, each with its field path (`title`, `steps.2.text`, ...). */
export function validateGoal(data: unknown): ValidationProblem[] {
  const problems: Problems = [];
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  checkText(problems, 'title', data.title, GOAL_TEXT_MAX, true);
  const chime = data.chime;
  if (checkList(problems, 'chime', chime, GOAL_LIST_MAX)) {
    if (chime.length === 0) problems.push({ path: 'chime', code: 'required' });
    chime.forEach((key, i) => {
      if (!isChimeKey(key)) problems.push({ path: `chime.${i}`, code: 'invalid-value' });
      else if (chime.indexOf(key) !== i) problems.push({ path: `chime.${i}`, code: 'duplicate' });
    });
  }
  for (const field of ['why', 'strengths', 'notes'] as const)
    checkText(problems, field, data[field], GOAL_TEXT_MAX);
  if (checkList(problems, 'steps', data.steps, GOAL_LIST_MAX)) checkSteps(problems, data.steps);
  if (checkList(problems, 'barriers', data.barriers, GOAL_LIST_MAX)) {
    data.barriers.forEach((barrier, i) => {
      if (!isPlainObject(barrier))
        return void problems.push({ path: `barriers.${i}`, code: 'invalid-type' });
      checkText(problems, `barriers.${i}.text`, barrier.text, GOAL_TEXT_MAX);
      checkText(problems, `barriers.${i}.plan`, barrier.plan, GOAL_TEXT_MAX);
    });
  }
  if (checkList(problems, 'supporters', data.supporters, GOAL_LIST_MAX))
    data.supporters.forEach((name, i) =>
      checkText(problems, `supporters.${i}`, name, GOAL_TEXT_MAX),
    );
  if (data.reviewOn !== null && !isCalendarDay(data.reviewOn))
    problems.push({ path: 'reviewOn', code: 'invalid-date' });
  if (!GOAL_STATUSES.includes(data.status as GoalStatus))
    problems.push({ path: 'status', code: 'invalid-value' });
  return problems;
}

/** The goal kind for the record store: schema version 1, no migrations yet. */
export const goalModel: RecordModel<Goal> = {
  kind: 'goal',
  schemaVersion: 1,
  validate: validateGoal,
};

/** True for a real calendar date written `YYYY-MM-DD`. */
export const isDateOnly = isCalendarDay;
