import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';
import type { StoredItemStatus } from '../../storage/stored-item.js';

const READONLY_NOTES: Record<Exclude<StoredItemStatus, 'ok'>, string> = {
  'too-new':
    'This reading was saved by a newer version of this tool, so it is shown as it is and left untouched.',
  invalid:
    'Part of this reading could not be read as usual, so it is shown as it is and left untouched.',
  corrupt: 'This reading could not be read. It has been left untouched and can still be exported.',
};

/**
 * The words of `<rk-star-assessment>`'s charts part (charts-view.ts), in en-GB: its charts,
 * their tables and download, and the saved readings' choice and details. The part adds
 * them to the element's defaults as it loads (`addPartDefaults`).
 */
export const starChartsStrings = {
  liveChartLabel:
    'Chart of the reading you are taking now. The table next to it shows the same scores.',
  showOnChartLegend: 'Readings to show on the chart',
  showLimit: plural('en-GB', {
    one: 'You can show up to {count} reading at once.',
    other: 'You can show up to {count} readings at once.',
  }),
  supporterBadge: 'Supporter’s view',
  historyChartLabel: plural('en-GB', {
    one: 'Chart of the chosen reading. The table below shows the same scores.',
    other: 'Chart of {count} readings on top of each other. The table below shows the same scores.',
  }),
  chooseReadings: 'Choose a reading above to see it on the chart.',
  changeIntro: (date: string) => `Each area, and how it has changed since ${date}:`,
  firstOfItsKind: 'There is no earlier reading of the same kind to compare with yet.',
  changeUp: (amount: number, date: string) => `up ${amount} since ${date}`,
  changeDown: (amount: number, date: string) => `down ${amount} since ${date}`,
  changeSame: (date: string) => `the same as on ${date}`,
  changeNew: (date: string) => `not rated on ${date}`,
  changeNotComparable: 'cannot be compared',
  changeLine: (area: string, score: string, change: string) => `${area}: ${score}, ${change}`,
  focusAreasLabel: 'Focus areas',
  notesLabel: 'Notes',
  differentSet:
    'This reading was taken with a different set of life areas, so it is shown with its own areas.',
  removeReading: (name: string) => `Remove the reading from ${name}`,
  confirmRemove: 'Remove this reading? It cannot be brought back.',
  confirmRemoveYes: 'Yes, remove it',
  confirmRemoveNo: 'Keep it',
  readonlyNote: select(READONLY_NOTES),
  tableCaption: 'Scores for each life area',
  areaColumn: 'Life area',
  notRated: 'not rated',
  outsideScale: (raw: string, min: number, max: number) => `${raw} (outside ${min} to ${max})`,
  notInSet: (key: string) => `${key} (not in this set of areas)`,
  chartFailed: 'The chart could not be drawn. The table shows the same scores.',
  downloadChart: 'Download the chart as a picture (PNG)',
  chartFileName: (date: string) => `life-areas-${date}.png`,
};
