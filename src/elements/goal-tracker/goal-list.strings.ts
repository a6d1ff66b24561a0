import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';
import type { StoredItemStatus } from '../../storage/stored-item.js';

const READONLY_NOTES: Record<Exclude<StoredItemStatus, 'ok'>, string> = {
  'too-new':
    'This goal was saved by a newer version of this tool, so it is shown here as it is and left untouched.',
  invalid: 'Part of this goal could not be read, so it is shown here as it is and left untouched.',
  corrupt: 'This goal could not be read. It has been left untouched and can still be exported.',
};

/**
 * The words of `<rk-goal-tracker>`'s list view (goal-list-view.ts), in en-GB: the list
 * and its filters, the overview and its chart, and printing. The view adds them to the
 * element's defaults as it loads (`addPartDefaults`).
 */
export const goalListStrings = {
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
  untitled: 'Goal without a title',
  readonlyNote: select(READONLY_NOTES),
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
};
