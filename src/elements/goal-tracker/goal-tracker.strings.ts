import { CHIME_PROCESSES, type ChimeKey } from '../../core/chime.js';
import type { GoalStatus } from '../../core/goal.js';
import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';
import type { StoredItemStatus } from '../../storage/stored-item.js';

const chime = (part: 'name' | 'about') =>
  select(
    Object.fromEntries(CHIME_PROCESSES.map((process) => [process.key, process[part]])) as Record<
      ChimeKey,
      string
    >,
  );

const STATUS_NAMES: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  'let-go': 'Let go',
};

const READONLY_NOTES: Record<Exclude<StoredItemStatus, 'ok'>, string> = {
  'too-new':
    'This goal was saved by a newer version of this tool, so it is shown here as it is and left untouched.',
  invalid: 'Part of this goal could not be read, so it is shown here as it is and left untouched.',
  corrupt: 'This goal could not be read. It has been left untouched and can still be exported.',
};

/**
 * Every word `<rk-goal-tracker>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings`, or a registered locale). Default example
 * ideas live in `src/core/goal-ideas.ts` and are replaced with the `ideas` property.
 */
export const goalTrackerStrings = {
  heading: 'My goals',
  intro:
    'A place for goals of your own, in your own words: things you would like to move towards, at your own pace. Nothing here is marked against you.',
  ideasHeading: 'A few ideas, if they help',
  ideasHint: 'Choose one to start from it and make it your own, or write something else entirely.',

  // Adding
  addHeading: 'Add a goal',
  titleLabel: 'My goal, in my own words',
  chimeLegend: 'What it connects to',
  chimeHint: 'Choose one or more.',
  chimeName: chime('name'),
  chimeAbout: chime('about'),
  addGoal: 'Add goal',
  titleRequired: 'Write your goal in a few words first.',
  chimeRequired: 'Choose at least one thing this goal connects to.',
  stepRequired: 'Write the step in a few words first.',
  added: (title: string) => `Added ‘${title}’.`,

  // Finding
  listHeading: 'Your goals',
  filterChime: 'Connects to',
  filterStatus: 'Status',
  anything: 'Anything',
  anyStatus: 'Any status',
  /** Every goal is shown. */
  shownAll: plural('en-GB', { one: '{count} goal.', other: '{count} goals.' }),
  /** Some goals are shown (the filters hide the rest). */
  shown: plural(
    'en-GB',
    { one: 'Showing {shown} of {total} goal.', other: 'Showing {shown} of {total} goals.' },
    ['shown', 'total'],
    'total',
  ),
  noMatches: 'No goals match these choices. Try “Anything” or “Any status”.',
  reviewDueSummary: plural('en-GB', {
    one: '{count} goal has reached its review date. Look at it again whenever suits you.',
    other: '{count} goals have reached their review date. Look at them again whenever suits you.',
  }),
  reviewDue: 'Review date reached',
  stepsDone: plural(
    'en-GB',
    { one: '{done} of {total} step done', other: '{done} of {total} steps done' },
    ['done', 'total'],
    'total',
  ),
  statusName: select(STATUS_NAMES),
  untitled: 'Goal without a title',
  readonlyNote: select(READONLY_NOTES),

  // Editing
  statusLabel: 'Where this goal is',
  whyLabel: 'Why it matters to me',
  strengthsLabel: 'Strengths I can use',
  stepsHeading: 'Steps',
  stepsHint: 'Small steps make a goal easier. Tick them off as you go.',
  newStepLabel: 'A new step',
  addStep: 'Add step',
  edit: 'Edit',
  up: 'Up',
  down: 'Down',
  remove: 'Remove',
  editStep: (text: string) => `Edit step: ${text}`,
  stepTextLabel: 'Step',
  saveStep: 'Save step',
  cancel: 'Cancel',
  moveUp: (text: string) => `Move up: ${text}`,
  moveDown: (text: string) => `Move down: ${text}`,
  removeStep: (text: string) => `Remove step: ${text}`,
  stepMoved: (text: string, position: number, total: number) =>
    `‘${text}’ is now step ${position} of ${total}.`,
  barriersHeading: 'What might get in the way, and what I’ll do about it',
  barrierLabel: (n: number) => `What might get in the way (${n})`,
  barrierPlanLabel: (n: number) => `What I’ll do about it (${n})`,
  addBarrier: 'Add something that might get in the way',
  removeBarrier: (n: number) => `Remove item ${n}`,
  supportersHeading: 'Who can support me',
  supporterLabel: (n: number) => `Person or group ${n}`,
  addSupporter: 'Add someone',
  removeSupporter: (n: number) => `Remove person or group ${n}`,
  reviewOnLabel: 'A date to look at this again',
  notesLabel: 'Notes',
  removeGoal: 'Remove this goal',
  editorLoading: 'Opening this goal…',
  editorFailed:
    'This goal could not be opened (perhaps the connection dropped). Nothing is lost: reload the page to try again.',
  removed: (title: string) => `Removed ‘${title}’.`,
  undo: 'Undo',
  dismiss: 'Close',
  restored: (title: string) => `‘${title}’ is back.`,
  keptBoth: (title: string) =>
    `‘${title}’ was also changed somewhere else (perhaps in another tab). Both versions of the text are kept: tidy it up as you like.`,
  broughtBack: (title: string) =>
    `‘${title}’ had been removed somewhere else (perhaps in another tab) while you were changing it. Your changes are saved and the goal is back.`,

  // Overview and printing
  overviewHeading: 'Overview',
  overviewCaption: 'Goals and steps done for each part of recovery',
  overviewProcess: 'Part of recovery',
  overviewGoals: 'Goals',
  overviewAchieved: 'Achieved',
  overviewSteps: 'Steps done',
  overviewStepsCell: (done: number, total: number) => `${done} of ${total}`,
  showChart: 'Show as a chart',
  hideChart: 'Hide the chart',
  chartFailed: 'The chart could not be shown. The table above has the same numbers.',
  chartLabel:
    'Chart of steps done for each part of recovery. The table above shows the same numbers.',
  print: 'Print my goals',
  doneMark: '☑ Done:',
  todoMark: '☐',
  printedOn: (date: string) => `Printed on ${date}`,
};

/** The shape of the goal tracker's strings (for `.strings` overrides and locales). */
export type GoalTrackerStrings = typeof goalTrackerStrings;

declare global {
  interface RkStringSections {
    'goal-tracker': GoalTrackerStrings;
  }
}
