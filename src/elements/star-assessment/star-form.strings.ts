import { plural } from '../../i18n/plural.js';

/**
 * The words of `<rk-star-assessment>`'s first view, in en-GB: the form, the history's
 * heading and notes, and a host's area set with problems. The words only the charts part
 * shows (charts-view.ts) are in star-charts.strings.ts and come with it;
 * `starAssessmentStrings` (star-assessment.strings.ts) has every word.
 */
export const starFormStrings = {
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
  thisReading: 'This reading (not saved yet)',
  liveChartHint: 'Your chart appears here once you give an area a score.',

  // Looking back
  historyHeading: 'Your readings',
  loading: 'Looking for your saved readings…',
  loadFailed: 'Your saved readings could not be loaded just now. Nothing has been lost.',
  tryAgain: 'Try again',
  noReadings:
    'No readings saved yet. Once you save one, it will be here so you can look back over time.',
  readingName: (date: string, by: string) => `${date}, ${by}`,
  unreadableReading: 'A reading that could not be read',
  yourView: 'your view',
  supporterViewOf: (name: string) => (name ? `${name}’s view` : 'a supporter’s view'),
  readingRemoved: (name: string) => `The reading from ${name} was removed.`,

  // Table and chart
  chartLoading: 'Drawing the chart…',

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
