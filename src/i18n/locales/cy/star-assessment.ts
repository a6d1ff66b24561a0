import type { StarAssessmentStrings } from '../../../elements/star-assessment/star-assessment.strings.js';
import { message, select } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';
import { sameForms } from './shared.js';

/** `<rk-star-assessment>` in Welsh (awaiting review by a fluent Welsh speaker). */
export const starAssessment: StringOverrides<StarAssessmentStrings> = {
  heading: 'Meysydd bywyd',
  intro:
    'Rhowch sgôr o 1 i 10 i ddweud sut mae pob rhan o’ch bywyd yn teimlo ar hyn o bryd. Does dim atebion cywir nac anghywir, a gallwch adael unrhyw faes allan.',

  newReadingHeading: 'Darlleniad newydd',
  dateLabel: 'Dyddiad y darlleniad hwn',
  whoseLegend: 'Barn pwy yw hon?',
  ownView: 'Fy marn i fy hun',
  supporterView: 'Barn rhywun sy’n fy nghefnogi (er enghraifft gweithiwr)',
  supporterNameLabel: 'Enw neu rôl y person sy’n cefnogi',
  supporterNameHint: 'Er enghraifft “Sam, gweithiwr allweddol”.',
  scoreHint: message(['min', 'max'], 'Dewiswch rif o {min} i {max}.'),
  scoreOption: (score: number, anchor: string | undefined) =>
    anchor ? `${score}, ${anchor}` : String(score),
  clearScore: message(['area'], 'Clirio’r sgôr ar gyfer {area}'),
  noteLabel: message(['area'], 'Nodyn am {area}'),
  focusLegend: 'Ar beth hoffech chi weithio nesaf?',
  // "maes": dau faes (soft mutation); m does not take the aspirate mutation.
  focusHint: plural('cy', {
    ...sameForms('Dewiswch hyd at {count} maes, os hoffech chi.'),
    two: 'Dewiswch hyd at {count} faes, os hoffech chi.',
  }),
  saveReading: 'Cadw’r darlleniad hwn',
  rateOneFirst: 'Rhowch sgôr i o leiaf un maes cyn cadw.',
  fixProblems:
    'Mae angen gwirio rhywbeth cyn y gellir cadw’r darlleniad hwn. Mae’r meysydd sydd angen sylw wedi’u marcio.',
  readingSaved: message(['date'], 'Mae’ch darlleniad ar gyfer {date} wedi’i gadw.'),
  liveChartLabel:
    'Siart o’r darlleniad rydych chi’n ei gymryd nawr. Mae’r tabl wrth ei ymyl yn dangos yr un sgorau.',
  thisReading: 'Y darlleniad hwn (heb ei gadw eto)',
  liveChartHint: 'Bydd eich siart yn ymddangos yma unwaith y byddwch chi’n rhoi sgôr i faes.',

  historyHeading: 'Eich darlleniadau',
  loading: 'Yn chwilio am eich darlleniadau sydd wedi’u cadw…',
  loadFailed:
    'Doedd dim modd llwytho’ch darlleniadau sydd wedi’u cadw y funud hon. Does dim byd wedi’i golli.',
  tryAgain: 'Rhoi cynnig arall arni',
  noReadings:
    'Dim darlleniadau wedi’u cadw eto. Unwaith y byddwch chi’n cadw un, bydd yma er mwyn i chi allu edrych yn ôl dros amser.',
  showOnChartLegend: 'Darlleniadau i’w dangos ar y siart',
  // "darlleniad": dau ddarlleniad (soft mutation).
  showLimit: plural('cy', {
    ...sameForms('Gallwch ddangos hyd at {count} darlleniad ar y tro.'),
    two: 'Gallwch ddangos hyd at {count} ddarlleniad ar y tro.',
  }),
  readingName: message(['date', 'by'], '{date}, {by}'),
  unreadableReading: 'Darlleniad nad oedd modd ei ddarllen',
  yourView: 'eich barn chi',
  supporterViewOf: (name: string) => (name ? `barn ${name}` : 'barn rhywun sy’n eich cefnogi'),
  supporterBadge: 'Barn rhywun sy’n cefnogi',
  historyChartLabel: plural('cy', {
    ...sameForms(
      'Siart o {count} darlleniad ar ben ei gilydd. Mae’r tabl isod yn dangos yr un sgorau.',
    ),
    one: 'Siart o’r darlleniad a ddewiswyd. Mae’r tabl isod yn dangos yr un sgorau.',
    two: 'Siart o {count} ddarlleniad ar ben ei gilydd. Mae’r tabl isod yn dangos yr un sgorau.',
  }),
  chooseReadings: 'Dewiswch ddarlleniad uchod i’w weld ar y siart.',
  changeIntro: message(['date'], 'Pob maes, a sut mae wedi newid ers {date}:'),
  firstOfItsKind: 'Does dim darlleniad cynharach o’r un math i gymharu ag ef eto.',
  changeUp: message(['amount', 'date'], 'i fyny {amount} ers {date}'),
  changeDown: message(['amount', 'date'], 'i lawr {amount} ers {date}'),
  changeSame: message(['date'], 'yr un fath ag ar {date}'),
  changeNew: message(['date'], 'dim sgôr ar {date}'),
  changeNotComparable: 'does dim modd cymharu',
  changeLine: message(['area', 'score', 'change'], '{area}: {score}, {change}'),
  focusAreasLabel: 'Meysydd i ganolbwyntio arnyn nhw',
  notesLabel: 'Nodiadau',
  differentSet:
    'Cafodd y darlleniad hwn ei gymryd gyda set wahanol o feysydd bywyd, felly mae’n cael ei ddangos gyda’i feysydd ei hun.',
  removeReading: message(['name'], 'Tynnu’r darlleniad o {name}'),
  confirmRemove: 'Tynnu’r darlleniad hwn? Does dim modd dod ag ef yn ôl.',
  confirmRemoveYes: 'Ydw, tynnwch e',
  confirmRemoveNo: 'Ei gadw',
  readingRemoved: message(['name'], 'Cafodd y darlleniad o {name} ei dynnu.'),
  readonlyNote: select({
    'too-new':
      'Cafodd y darlleniad hwn ei gadw gan fersiwn mwy newydd o’r offeryn hwn, felly mae’n cael ei ddangos fel y mae, heb ei gyffwrdd.',
    invalid:
      'Doedd dim modd darllen rhan o’r darlleniad hwn yn ôl yr arfer, felly mae’n cael ei ddangos fel y mae, heb ei gyffwrdd.',
    corrupt:
      'Doedd dim modd darllen y darlleniad hwn. Mae wedi’i adael heb ei gyffwrdd, a gallwch ei allforio o hyd.',
  }),

  tableCaption: 'Sgorau ar gyfer pob maes bywyd',
  areaColumn: 'Maes bywyd',
  notRated: 'dim sgôr',
  outsideScale: message(['raw', 'min', 'max'], '{raw} (y tu allan i {min} i {max})'),
  notInSet: message(['key'], '{key} (ddim yn y set hon o feysydd)'),
  chartLoading: 'Yn llunio’r siart…',
  chartFailed: 'Doedd dim modd llunio’r siart. Mae’r tabl yn dangos yr un sgorau.',
  downloadChart: 'Lawrlwytho’r siart fel llun (PNG)',
  chartFileName: message(['date'], 'meysydd-bywyd-{date}.png'),

  badAreasTitle: 'Does dim modd dangos yr offeryn hwn eto',
  badAreas:
    'Mae problem gyda’r rhestr o feysydd bywyd sydd wedi’i gosod ar gyfer y dudalen hon. Does dim byd wedi’i golli. Os mai chi sy’n gofalu am y dudalen hon, dyma beth sydd angen ei drwsio:',
  badAreasNotList: 'Dydy’r meysydd ddim yn rhestr o feysydd.',
  badAreasEmpty: 'Mae’r rhestr o feysydd yn wag.',
  badAreaKeyEmpty: message(['position'], 'Does gan faes {position} ddim allwedd.'),
  badAreaKeyDuplicate: message(
    ['position', 'key'],
    'Mae maes {position} yn defnyddio’r allwedd “{key}”, sydd wedi’i chymryd yn barod.',
  ),
  badAreaLabelEmpty: message(['position'], 'Does gan faes {position} ddim label.'),
  badAreaOther: message(['path'], 'Gwiriwch “{path}”.'),
};
