import type { GoalTrackerStrings } from '../../../elements/goal-tracker/goal-tracker.strings.js';
import { message, select } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';
import { chimeAbout, chimeName, sameForms } from './shared.js';

/** `<rk-goal-tracker>` in Welsh (awaiting review by a fluent Welsh speaker). */
export const goalTracker: StringOverrides<GoalTrackerStrings> = {
  heading: 'Fy nodau',
  intro:
    'Lle i’ch nodau eich hun, yn eich geiriau eich hun: pethau yr hoffech symud tuag atyn nhw, ar eich cyflymder eich hun. Does dim byd yma’n cael ei farcio yn eich erbyn.',
  ideasHeading: 'Ambell syniad, os ydyn nhw’n help',
  ideasHint:
    'Dewiswch un i ddechrau ohono a’i wneud yn un eich hun, neu ysgrifennwch rywbeth hollol wahanol.',

  addHeading: 'Ychwanegu nod',
  titleLabel: 'Fy nod, yn fy ngeiriau fy hun',
  chimeLegend: 'Beth mae’n cysylltu ag ef',
  chimeHint: 'Dewiswch un neu ragor.',
  chimeName,
  chimeAbout,
  addGoal: 'Ychwanegu’r nod',
  titleRequired: 'Ysgrifennwch eich nod mewn ychydig eiriau yn gyntaf.',
  chimeRequired: 'Dewiswch o leiaf un peth y mae’r nod hwn yn cysylltu ag ef.',
  stepRequired: 'Ysgrifennwch y cam mewn ychydig eiriau yn gyntaf.',
  added: message(['title'], 'Wedi ychwanegu ‘{title}’.'),

  listHeading: 'Eich nodau',
  filterChime: 'Yn cysylltu â',
  filterStatus: 'Statws',
  anything: 'Unrhyw beth',
  anyStatus: 'Unrhyw statws',
  // "nod" keeps its form after every number, so the six forms read the same.
  shownAll: plural('cy', sameForms('{count} nod.')),
  shown: plural('cy', sameForms('Yn dangos {shown} o {total} nod.'), ['shown', 'total'], 'total'),
  noMatches:
    'Does dim nodau’n cyfateb i’r dewisiadau hyn. Rhowch gynnig ar “Unrhyw beth” neu “Unrhyw statws”.',
  reviewDueSummary: plural('cy', {
    ...sameForms(
      'Mae {count} nod wedi cyrraedd eu dyddiad adolygu. Edrychwch arnyn nhw eto pryd bynnag sy’n gyfleus i chi.',
    ),
    one: 'Mae {count} nod wedi cyrraedd ei ddyddiad adolygu. Edrychwch arno eto pryd bynnag sy’n gyfleus i chi.',
  }),
  reviewDue: 'Wedi cyrraedd y dyddiad adolygu',
  // "cam": dau gam (soft mutation), tri cham and chwe cham (aspirate mutation).
  stepsDone: plural(
    'cy',
    {
      zero: '{done} o {total} cam wedi’u gwneud',
      one: '{done} o {total} cam wedi’i wneud',
      two: '{done} o {total} gam wedi’u gwneud',
      few: '{done} o {total} cham wedi’u gwneud',
      many: '{done} o {total} cham wedi’u gwneud',
      other: '{done} o {total} cam wedi’u gwneud',
    },
    ['done', 'total'],
    'total',
  ),
  statusName: select({
    active: 'Ar y gweill',
    paused: 'Wedi’i oedi',
    achieved: 'Wedi’i gyflawni',
    'let-go': 'Wedi gadael iddo fynd',
  }),
  untitled: 'Nod heb deitl',
  readonlyNote: select({
    'too-new':
      'Cafodd y nod hwn ei gadw gan fersiwn mwy newydd o’r offeryn hwn, felly mae’n cael ei ddangos yma fel y mae, heb ei gyffwrdd.',
    invalid:
      'Doedd dim modd darllen rhan o’r nod hwn, felly mae’n cael ei ddangos yma fel y mae, heb ei gyffwrdd.',
    corrupt:
      'Doedd dim modd darllen y nod hwn. Mae wedi’i adael heb ei gyffwrdd, a gallwch ei allforio o hyd.',
  }),

  statusLabel: 'Ble mae’r nod hwn arni',
  whyLabel: 'Pam mae’n bwysig i mi',
  strengthsLabel: 'Cryfderau y galla i eu defnyddio',
  stepsHeading: 'Camau',
  stepsHint: 'Mae camau bach yn gwneud nod yn haws. Ticiwch nhw wrth fynd.',
  newStepLabel: 'Cam newydd',
  addStep: 'Ychwanegu cam',
  edit: 'Golygu',
  up: 'I fyny',
  down: 'I lawr',
  remove: 'Tynnu',
  editStep: message(['text'], 'Golygu’r cam: {text}'),
  stepTextLabel: 'Cam',
  saveStep: 'Cadw’r cam',
  cancel: 'Canslo',
  moveUp: message(['text'], 'Symud i fyny: {text}'),
  moveDown: message(['text'], 'Symud i lawr: {text}'),
  removeStep: message(['text'], 'Tynnu’r cam: {text}'),
  stepMoved: message(['text', 'position', 'total'], '‘{text}’ yw cam {position} o {total} nawr.'),
  barriersHeading: 'Beth allai fynd yn y ffordd, a beth wna i am hynny',
  barrierLabel: message(['n'], 'Beth allai fynd yn y ffordd ({n})'),
  barrierPlanLabel: message(['n'], 'Beth wna i am hynny ({n})'),
  addBarrier: 'Ychwanegu rhywbeth a allai fynd yn y ffordd',
  removeBarrier: message(['n'], 'Tynnu eitem {n}'),
  supportersHeading: 'Pwy all fy nghefnogi',
  supporterLabel: message(['n'], 'Person neu grŵp {n}'),
  addSupporter: 'Ychwanegu rhywun',
  removeSupporter: message(['n'], 'Tynnu person neu grŵp {n}'),
  reviewOnLabel: 'Dyddiad i edrych ar hyn eto',
  notesLabel: 'Nodiadau',
  removeGoal: 'Tynnu’r nod hwn',
  removed: message(['title'], 'Wedi tynnu ‘{title}’.'),
  undo: 'Dadwneud',
  editorLoading: 'Wrthi’n agor y nod hwn…',
  editorFailed:
    'Doedd dim modd agor y nod hwn (efallai bod y cysylltiad wedi torri). Does dim byd wedi’i golli: ail-lwythwch y dudalen i roi cynnig arall arni.',
  dismiss: 'Cau',
  restored: message(['title'], 'Mae ‘{title}’ yn ôl.'),
  keptBoth: message(
    ['title'],
    'Cafodd ‘{title}’ ei newid yn rhywle arall hefyd (mewn tab arall efallai). Mae’r ddwy fersiwn o’r testun wedi’u cadw: tacluswch nhw fel y mynnwch.',
  ),
  broughtBack: message(
    ['title'],
    'Roedd ‘{title}’ wedi cael ei dynnu yn rhywle arall (mewn tab arall efallai) tra oeddech chi’n ei newid. Mae’ch newidiadau wedi’u cadw ac mae’r nod yn ôl.',
  ),

  overviewHeading: 'Trosolwg',
  overviewCaption: 'Nodau a chamau wedi’u gwneud ar gyfer pob rhan o adferiad',
  overviewProcess: 'Rhan o adferiad',
  overviewGoals: 'Nodau',
  overviewAchieved: 'Wedi’u cyflawni',
  overviewSteps: 'Camau wedi’u gwneud',
  overviewStepsCell: message(['done', 'total'], '{done} o {total}'),
  showChart: 'Dangos fel siart',
  hideChart: 'Cuddio’r siart',
  chartFailed: 'Doedd dim modd dangos y siart. Mae’r un rhifau yn y tabl uchod.',
  chartLabel:
    'Siart o’r camau wedi’u gwneud ar gyfer pob rhan o adferiad. Mae’r tabl uchod yn dangos yr un rhifau.',
  print: 'Argraffu fy nodau',
};
