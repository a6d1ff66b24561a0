import type { Goal } from '../../core/goal.js';
import {
  chimeOverview,
  isReviewDue,
  matchesFilter,
  type ChimeTally,
  type GoalFilter,
} from '../../core/goal-operations.js';
import type { StoredItem } from '../../storage/stored-item.js';

/** What the list shows of `items` today: those `filter` lets through, those due a review, the CHIME tallies. */
export function listOf(
  items: readonly StoredItem<Goal>[],
  goalOf: (item: StoredItem<Goal>) => Goal | undefined,
  filter: GoalFilter,
  now = new Date(),
): { shown: StoredItem<Goal>[]; due: Set<string>; tallies: ChimeTally[] } {
  const goals = items.map((item) => [item, goalOf(item)] as const);
  return {
    shown: goals.filter(([, goal]) => !goal || matchesFilter(goal, filter)).map(([item]) => item),
    due: new Set(
      goals.filter(([, goal]) => goal && isReviewDue(goal, now)).map(([item]) => item.id),
    ),
    tallies: chimeOverview(goals.map(([, goal]) => goal).filter((goal) => goal !== undefined)),
  };
}
