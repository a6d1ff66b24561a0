import type { HopeJournalStrings } from '../../../elements/hope-journal/hope-journal.strings.js';
import { message, select } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';
import { chimeName, sameForms } from './shared.js';

/** "cofnod" (entry): dau gofnod (soft mutation), tri chofnod and chwe chofnod (aspirate). */
const entries = (prefix: string) => ({
  zero: `${prefix}{count} cofnod`,
  one: `${prefix}{count} cofnod`,
  two: `${prefix}{count} gofnod`,
  few: `${prefix}{count} chofnod`,
  many: `${prefix}{count} chofnod`,
  other: `${prefix}{count} cofnod`,
});

/** `<rk-hope-journal>` in Welsh (awaiting review by a fluent Welsh speaker). */
export const hopeJournal: StringOverrides<HopeJournalStrings> = {
  heading: 'Dyddiadur gobaith',
  intro:
    'Nodiadau byr am yr hyn sy’n rhoi gobaith i chi. Chi yn unig sy’n penderfynu beth sy’n mynd yma.',

  composeHeading: 'Ysgrifennu cofnod',
  editHeading: 'Golygu’r cofnod',
  promptLabel: 'Awgrym, os hoffech chi un',
  usePrompt: 'Defnyddio’r awgrym hwn',
  anotherPrompt: 'Awgrym arall',
  writeFreely: 'Ysgrifennu heb awgrym',
  bodyLabel: 'Eich cofnod',
  bodyLabelWithPrompt: 'Unrhyw beth arall yr hoffech ei ychwanegu',
  goodThingLegend: message(['n'], 'Peth da {n}'),
  goodThingWhat: 'Beth ddigwyddodd',
  goodThingWhy: 'Pam roedd yn bwysig',
  hopeLegend: 'Gwirio’ch gobaith (dewisol)',
  hopeHint:
    'Cyfle i chi’ch hun wirio sut rydych chi, nid mesur na sgôr. Mae 0 yn golygu ychydig iawn o obaith heddiw, ac mae 10 yn golygu llawer.',
  hopeNone: 'Dim gwirio',
  chimeLegend: 'Beth mae’n cysylltu ag ef (dewisol)',
  chimeName,
  tagsLabel: 'Eich tagiau eich hun (dewisol)',
  tagsHint: 'Rhowch goma rhwng tagiau, er enghraifft: cerdded, teulu',
  dateLabel: 'Dyddiad',
  dateHint: 'Heddiw, neu ddiwrnod cynharach.',
  dateInFuture: 'Dewiswch heddiw neu ddiwrnod cynharach.',
  dateInvalid: 'Rhowch ddyddiad cyfan.',
  save: 'Cadw’r cofnod',
  saveChanges: 'Cadw’r newidiadau',
  cancelEdit: 'Stopio golygu',
  discardDraft: 'Taflu’r drafft',
  discardQuestion: (excerpt: string) =>
    excerpt
      ? `Taflu’r drafft hwn? Bydd “${excerpt}” yn cael ei ddileu.`
      : 'Taflu’r drafft hwn? Bydd yr hyn a ddewisoch chi’n cael ei glirio.',
  stopEditingQuestion:
    'Stopio golygu? Mae’r cofnod sydd wedi’i gadw yn aros fel yr oedd; fydd y newidiadau hyn ddim yn cael eu cadw.',
  discardConfirm: 'Ydw, taflwch e',
  discardKeep: 'Dal ati i ysgrifennu',
  draftKept: 'Mae’r drafft yn cael ei gadw ar y ddyfais hon wrth i chi deipio.',
  draftDiscarded: 'Mae’r drafft wedi’i daflu.',
  finishDraftFirst:
    'Cadwch neu taflwch y cofnod rydych chi’n ei ysgrifennu yn gyntaf, yna dewiswch Golygu eto.',
  emptyEntry: 'Ysgrifennwch rywbeth cyn cadw, hyd yn oed ychydig eiriau.',
  // "nod" (character) and "tag" keep their form after every number.
  tooLong: plural('cy', sameForms('Mae hyn yn hirach na {count} nod. Byddwch cystal â’i fyrhau.')),
  tooManyTags: plural('cy', sameForms('Defnyddiwch {count} tag ar y mwyaf.')),
  tagTooLong: plural('cy', sameForms('Cadwch bob tag yn fyrrach na {count} nod.')),
  entrySaved: 'Mae’r cofnod wedi’i gadw.',
  changesSaved: 'Mae’r newidiadau wedi’u cadw.',
  changedElsewhere:
    'Mae’r newidiadau wedi’u cadw. Roedd wedi cael ei newid yn rhywle arall hefyd: mae’r newidiadau hynny’n cael eu cadw hefyd, ac eithrio lle newidioch chi’r un peth.',
  keptBoth:
    'Mae’r newidiadau wedi’u cadw. Roedd wedi cael ei newid yn rhywle arall hefyd, felly mae’r fersiwn arall o’r testun yn cael ei chadw o dan eich un chi.',
  otherVersion: '--- Wedi’i gadw yn rhywle arall hefyd ---',
  broughtBack:
    'Mae’r newidiadau wedi’u cadw. Roedd y cofnod wedi cael ei dynnu yn rhywle arall yn y cyfamser, felly mae’n ôl, gyda’ch newidiadau.',

  listHeading: 'Eich cofnodion',
  listLabel: 'Cofnodion y dyddiadur',
  searchLabel: 'Chwilio’ch cofnodion',
  tagFilterLabel: 'Tag',
  anyTag: 'Unrhyw dag',
  chimeFilterLabel: 'Yn cysylltu â',
  anyChime: 'Unrhyw beth',
  fromLabel: 'O',
  toLabel: 'Hyd at',
  pinnedOnly: 'Rhai wedi’u pinio yn unig',
  clearFilters: 'Clirio’r hidlwyr',
  noEntries: 'Dim cofnodion eto. Pan fyddwch chi’n cadw un, bydd yn ymddangos yma.',
  noMatches:
    'Does dim cofnodion yn cyfateb. Rhowch gynnig ar lai o eiriau neu cliriwch yr hidlwyr.',
  showingAll: plural('cy', entries('')),
  showing: plural(
    'cy',
    {
      zero: 'Yn dangos {shown} o {total} cofnod',
      one: 'Yn dangos {shown} o {total} cofnod',
      two: 'Yn dangos {shown} o {total} gofnod',
      few: 'Yn dangos {shown} o {total} chofnod',
      many: 'Yn dangos {shown} o {total} chofnod',
      other: 'Yn dangos {shown} o {total} cofnod',
    },
    ['shown', 'total'],
    'total',
  ),
  loadingMore: 'Yn llwytho cofnodion hŷn…',
  noDate: 'Dim dyddiad',
  readAll: 'Darllen y cofnod hwn i gyd',
  hopeValue: message(['value'], 'Gwirio’ch gobaith: {value} allan o 10'),
  tagsHeading: 'Tagiau',
  pin: 'Pinio',
  pinnedLabel: 'Wedi’i binio',
  pinAction: message(['excerpt'], 'Pinio “{excerpt}”'),
  edit: 'Golygu',
  editAction: message(['excerpt'], 'Golygu “{excerpt}”'),
  remove: 'Tynnu',
  removeAction: message(['excerpt'], 'Tynnu “{excerpt}”'),
  removed: message(['excerpt'], 'Wedi tynnu “{excerpt}”.'),
  undo: 'Dadwneud',
  dismiss: 'Cau',
  untitled: 'cofnod',
  readonlyInvalid:
    'Doedd dim modd darllen rhan o’r cofnod hwn, felly mae’n cael ei ddangos fel y mae a does dim modd ei newid yma.',
  readonlyTooNew:
    'Cafodd y cofnod hwn ei gadw gan fersiwn mwy newydd o’r offeryn hwn, felly mae’n cael ei ddangos i’w ddarllen yn unig.',
  readFailed: 'Doedd dim modd darllen eich cofnodion y funud hon. Does dim byd wedi’i golli.',
  tryAgain: 'Rhoi cynnig arall arni',
  corruptEntry:
    'Doedd dim modd darllen un cofnod o gwbl. Mae’n cael ei gadw heb ei gyffwrdd, ac mae wedi’i gynnwys pan fyddwch chi’n allforio’ch data.',

  overTimeHeading: 'Edrych yn ôl',
  hopeChartLabel: 'Eich gwirio gobaith dros amser',
  hopeChartEmpty:
    'Unwaith y byddwch chi wedi gwirio’ch gobaith mewn rhai cofnodion, gallwch eu gweld dros amser yma.',
  chartFailed: 'Doedd dim modd dangos y siart yma. Mae’r un rhifau yn y tabl isod.',
  hopeTableSummary: 'Dangos y gwirio fel tabl',
  hopeTableCaption: select({
    'check-in': 'Gwirio gobaith',
    month: 'Gwirio gobaith ar gyfartaledd bob mis',
  }),
  hopeTableDate: 'Dyddiad',
  hopeTableMonth: 'Mis',
  hopeTableValue: 'Gwirio (0 i 10)',
  hopeTableCount: 'Nifer y gwirio',
  // "pwynt" keeps its form after every number.
  hopeChartSummary: plural(
    'cy',
    {
      ...sameForms('{count} pwynt rhwng {first} a {last}, rhwng {lowest} a {highest} allan o 10.'),
      one: '{count} pwynt, ar {first}: {lowest} allan o 10.',
    },
    ['count', 'first', 'last', 'lowest', 'highest'],
  ),
  chimeFrequencyHeading: 'Pa mor aml mae pob rhan o adferiad yn codi',
  chimeFrequencyValue: plural('cy', entries('')),
};
