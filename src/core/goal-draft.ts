import { isChimeKey } from './chime.js';
import { GOAL_TEXT_MAX, type Goal } from './goal.js';
import type { RecordModel, ValidationProblem } from './model.js';
import { checkText, isPlainObject } from './validate.js';

/** The "add a goal" form as the person left it: kept until the goal is added. */
export type NewGoalDraft = Pick<Goal, 'title' | 'chime'>;

/** The id of the one kept new-goal draft. */
export const NEW_GOAL_DRAFT_ID = 'new-goal';

/** A form with nothing in it. */
export const blankNewGoal = (): NewGoalDraft => ({ title: '', chime: [] });

/** True when the form holds nothing worth keeping. */
export function isBlankNewGoal(draft: NewGoalDraft): boolean {
  return draft.title.trim() === '' && draft.chime.length === 0;
}

/** Checks a stored new-goal draft: any text (it is unfinished) and known CHIME keys. */
export function validateNewGoalDraft(data: unknown): ValidationProblem[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  const problems: ValidationProblem[] = [];
  checkText(problems, 'title', data.title, GOAL_TEXT_MAX);
  if (!Array.isArray(data.chime) || !data.chime.every(isChimeKey))
    problems.push({ path: 'chime', code: 'invalid-value' });
  return problems;
}

/** Record model of the kept new-goal draft (kind `goal-draft`). */
export const newGoalDraftModel: RecordModel<NewGoalDraft> = {
  kind: 'goal-draft',
  schemaVersion: 1,
  validate: validateNewGoalDraft,
};
