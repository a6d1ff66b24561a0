import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';

/**
 * The words of `<rk-hope-journal>`'s records view (journal-records-view.ts), in en-GB: the
 * search and filters, each entry in the list, and the look back over time. The view adds
 * them to the element's defaults as it loads (`addPartDefaults`).
 */
export const journalRecordsStrings = {
  listLabel: 'Journal entries',
  searchLabel: 'Search your entries',
  tagFilterLabel: 'Tag',
  anyTag: 'Any tag',
  chimeFilterLabel: 'Connects to',
  anyChime: 'Anything',
  fromLabel: 'From',
  toLabel: 'To',
  pinnedOnly: 'Pinned only',
  clearFilters: 'Clear filters',
  /** Shown for an entry whose stored date cannot be read (dates come from `date-display`). */
  noDate: 'No date',
  readAll: 'Read all of this entry',
  hopeValue: (value: number) => `Hope check-in: ${value} out of 10`,
  tagsHeading: 'Tags',
  pin: 'Pin',
  pinnedLabel: 'Pinned',
  pinAction: (excerpt: string) => `Pin “${excerpt}”`,
  edit: 'Edit',
  editAction: (excerpt: string) => `Edit “${excerpt}”`,
  remove: 'Remove',
  removeAction: (excerpt: string) => `Remove “${excerpt}”`,
  readonlyInvalid:
    'Part of this entry could not be read, so it is shown as it is and cannot be changed here.',
  readonlyTooNew: 'This entry was saved by a newer version of this tool, so it is shown read-only.',
  overTimeHeading: 'Looking back',
  hopeChartLabel: 'Your hope check-ins over time',
  hopeChartEmpty: 'Once you add a hope check-in to some entries, you can see them over time here.',
  chartFailed: 'The chart could not be shown here. The table below has the same numbers.',
  hopeTableSummary: 'Show the check-ins as a table',
  hopeTableCaption: select({
    'check-in': 'Hope check-ins',
    month: 'Average hope check-in per month',
  }),
  hopeTableDate: 'Date',
  hopeTableMonth: 'Month',
  hopeTableValue: 'Check-in (0 to 10)',
  hopeTableCount: 'Number of check-ins',
  hopeChartSummary: plural(
    'en-GB',
    {
      one: '{count} point, on {first}: {lowest} out of 10.',
      other: '{count} points from {first} to {last}, between {lowest} and {highest} out of 10.',
    },
    ['count', 'first', 'last', 'lowest', 'highest'],
  ),
  chimeFrequencyHeading: 'How often each part of recovery comes up',
  chimeFrequencyValue: plural('en-GB', { one: '{count} entry', other: '{count} entries' }),
};
