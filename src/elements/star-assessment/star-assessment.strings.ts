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
 * Every word `<rk-star-assessment>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings['star-assessment']`, or a registered locale).
 * Area names and scale words are not here: they come with the area set (`areas`).
 */
export const starAssessmentStrings = {
  heading: 'Life areas',
  intro:
    'Rate how each part of your life feels right now, from 1 to 10. There are no right or wrong answers, and you can leave out any area.',

  // Taking a reading
  newReadingHeading: 'A new reading',
  dateLabel: 'Date of this reading',
  whoseLegend: 'Whose view is this?',
  ownView: 'My own view',
  supporterView: 'A supporter’s view (for example a worker’s)',
  supporterNameLabel: 'Supporter’s name or role',
  supporterNameHint: 'For example “Sam, key worker”.',
  scoreHint: (min: number, max: number) => `Choose a number from ${min} to ${max}.`,
  scoreOption: (score: number, anchor: string | undefined) =>
    anchor ? `${score}, ${anchor}` : String(score),
  clearScore: (area: string) => `Clear the rating for ${area}`,
  noteLabel: (area: string) => `A note on ${area}`,
  focusLegend: 'What would you like to work on next?',
  focusHint: plural('en-GB', {
    one: 'Choose up to {count} area, if you like.',
    other: 'Choose up to {count} areas, if you like.',
  }),
  saveReading: 'Save this reading',
  rateOneFirst: 'Please rate at least one area before saving.',
  fixProblems:
    'Something needs checking before this reading can be saved. The fields that need attention are marked.',
  readingSaved: (date: string) => `Your reading for ${date} is saved.`,
  liveChartLabel:
    'Chart of the reading you are taking now. The table next to it shows the same scores.',
  thisReading: 'This reading (not saved yet)',
  liveChartHint: 'Your chart appears here once you give an area a score.',

  // Looking back
  historyHeading: 'Your readings',
  loading: 'Looking for your saved readings…',
  loadFailed: 'Your saved readings could not be loaded just now. Nothing has been lost.',
  tryAgain: 'Try again',
  noReadings:
    'No readings saved yet. Once you save one, it will be here so you can look back over time.',
  showOnChartLegend: 'Readings to show on the chart',
  showLimit: plural('en-GB', {
    one: 'You can show up to {count} reading at once.',
    other: 'You can show up to {count} readings at once.',
  }),
  readingName: (date: string, by: string) => `${date}, ${by}`,
  unreadableReading: 'A reading that could not be read',
  yourView: 'your view',
  supporterViewOf: (name: string) => (name ? `${name}’s view` : 'a supporter’s view'),
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
  readingRemoved: (name: string) => `The reading from ${name} was removed.`,
  readonlyNote: select(READONLY_NOTES),

  // Table and chart
  tableCaption: 'Scores for each life area',
  areaColumn: 'Life area',
  notRated: 'not rated',
  outsideScale: (raw: string, min: number, max: number) => `${raw} (outside ${min} to ${max})`,
  notInSet: (key: string) => `${key} (not in this set of areas)`,
  chartLoading: 'Drawing the chart…',
  chartFailed: 'The chart could not be drawn. The table shows the same scores.',
  downloadChart: 'Download the chart as a picture (PNG)',
  chartFileName: (date: string) => `life-areas-${date}.png`,

  // A host's area set with problems
  badAreasTitle: 'This tool cannot be shown yet',
  badAreas:
    'The list of life areas set up for this page has a problem. Nothing has been lost. If you look after this page, here is what needs fixing:',
  badAreasNotList: 'The areas are not a list of areas.',
  badAreasEmpty: 'The list of areas is empty.',
  badAreaKeyEmpty: (position: number) => `Area ${position} has no key.`,
  badAreaKeyDuplicate: (position: number, key: string) =>
    `Area ${position} uses the key “${key}”, which is already taken.`,
  badAreaLabelEmpty: (position: number) => `Area ${position} has no label.`,
  badAreaOther: (path: string) => `Please check “${path}”.`,
};

/** The shape of the star assessment's strings (for `.strings` overrides and locales). */
export type StarAssessmentStrings = typeof starAssessmentStrings;

declare global {
  interface RkStringSections {
    'star-assessment': StarAssessmentStrings;
  }
}
