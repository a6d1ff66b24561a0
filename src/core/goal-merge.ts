/**
 * Bringing together an edit of a goal and a change saved to the same goal somewhere
 * else (another tab) while the person was editing: a three-way merge from the version
 * the edit started from.
 */
import type { Goal, GoalStep } from './goal.js';
import { mergeSet, mergeText, pick, same } from './three-way.js';

/** What {@link mergeGoals} made of the two sides. */
export interface GoalMerge {
  goal: Goal;
  /** True when the same text was changed on both sides, so both were kept (tell the person). */
  keptBoth: boolean;
}

const TEXTS = ['title', 'why', 'strengths', 'notes'] as const;

/**
 * Steps by id: a step removed on either side is gone; added on either side, kept (theirs
 * in their order, then the person's new ones); changed on both, field by field, with both
 * texts kept when both changed the text. Returns whether texts were doubled.
 */
function mergeSteps(base: GoalStep[], mine: GoalStep[], theirs: GoalStep[]) {
  let keptBoth = false;
  const baseById = new Map(base.map((step) => [step.id, step]));
  const mineById = new Map(mine.map((step) => [step.id, step]));
  const merged: GoalStep[] = [];
  for (const other of theirs) {
    const was = baseById.get(other.id);
    const ours = mineById.get(other.id);
    if (!was) merged.push(other);
    else if (ours) {
      const step = { ...other, done: pick(was.done, ours.done, other.done) };
      step.doneAt = same(ours.done, was.done) ? other.doneAt : ours.doneAt;
      const text = mergeText(was.text, ours.text, other.text, true);
      step.text = text.text;
      keptBoth ||= text.keptBoth;
      merged.push(step);
    }
  }
  const order = new Map(mine.map((step, index) => [step.id, index]));
  for (const ours of mine)
    if (!baseById.has(ours.id) && !merged.some((step) => step.id === ours.id)) {
      const before = mine[(order.get(ours.id) ?? 0) - 1];
      const at = before ? merged.findIndex((step) => step.id === before.id) + 1 : 0;
      merged.splice(at, 0, ours);
    }
  return { steps: merged, keptBoth };
}

/**
 * Combines the person's edit (`mine`, started from `base`) with the goal as stored now
 * (`theirs`): a field changed on one side only takes that side's value; the same text
 * changed on both sides keeps both texts (the person's first) and says so; CHIME
 * processes and supporters merge as sets; steps merge by id; barriers and anything else
 * changed on both sides take the person's. Nothing the other side wrote is dropped
 * silently. With `base` equal to `theirs` the result is the person's edit.
 */
export function mergeGoals(base: Goal, mine: Goal, theirs: Goal): GoalMerge {
  if (same(base, theirs)) return { goal: mine, keptBoth: false };
  const goal: Goal = { ...theirs };
  let keptBoth = false;
  for (const key of TEXTS) {
    const text = mergeText(base[key], mine[key], theirs[key], key === 'title');
    goal[key] = text.text;
    keptBoth ||= text.keptBoth;
  }
  goal.chime = mergeSet(base.chime, mine.chime, theirs.chime);
  goal.supporters = mergeSet(base.supporters, mine.supporters, theirs.supporters);
  goal.barriers = pick(base.barriers, mine.barriers, theirs.barriers);
  goal.reviewOn = pick(base.reviewOn, mine.reviewOn, theirs.reviewOn);
  goal.status = pick(base.status, mine.status, theirs.status);
  const steps = mergeSteps(base.steps, mine.steps, theirs.steps);
  goal.steps = steps.steps;
  return { goal, keptBoth: keptBoth || steps.keptBoth };
}
