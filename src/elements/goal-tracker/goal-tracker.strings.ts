import { goalEditorStrings } from './goal-editor.strings.js';
import { goalFirstViewStrings } from './goal-first-view.strings.js';
import { goalListStrings } from './goal-list.strings.js';

/**
 * Every word `<rk-goal-tracker>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings`, or a registered locale). Default example
 * ideas live in `src/core/goal-ideas.ts` and are replaced with the `ideas` property. The
 * element itself loads the words of its first view (goal-first-view.strings.ts); its list
 * view and its editor bring the rest (goal-list.strings.ts, goal-editor.strings.ts).
 */
export const goalTrackerStrings = {
  ...goalFirstViewStrings,
  ...goalListStrings,
  ...goalEditorStrings,
};

/** The shape of the goal tracker's strings (for `.strings` overrides and locales). */
export type GoalTrackerStrings = typeof goalTrackerStrings;

declare global {
  interface RkStringSections {
    'goal-tracker': GoalTrackerStrings;
  }
}
