import type { StayingWellPlanStrings } from '../../../elements/staying-well-plan/staying-well-plan.strings.js';
import type { PlanTemplate } from '../../../core/plan-sections.js';
import { message, select } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';
import { sameForms } from './shared.js';

/** The person's words in quotation marks, or `empty` when there are none. */
const quoted = (text: string, empty: string) => (text.trim() ? `‘${text}’` : empty);

/**
 * The section titles and prompts (`section:<template>:<key>:title|prompt`). Kept apart
 * because the English type has these keys only as a pattern.
 */
const sections: Record<string, string> = {
  'section:staying-well:well:title': 'Pan fydda i’n iach',
  'section:staying-well:well:prompt':
    'Sut un ydych chi pan fyddwch chi’n iach? Beth ydych chi’n ei wneud bob dydd sy’n eich cadw’n iach?',
  'section:staying-well:helps:title': 'Pethau sy’n helpu',
  'section:staying-well:helps:prompt':
    'Eich pecyn offer eich hun: gweithgareddau, lleoedd, pobl a phethau i’ch atgoffa sy’n eich helpu i deimlo’n well.',
  'section:staying-well:unsettles:title': 'Pethau a all fy ansefydlogi',
  'section:staying-well:unsettles:prompt':
    'Beth all eich taflu oddi ar eich echel, a beth wnewch chi os bydd yn digwydd?',
  'section:staying-well:early-signs:title': 'Arwyddion cynnar',
  'section:staying-well:early-signs:prompt':
    'Sut gallech chi, neu bobl sy’n agos atoch chi, sylwi bod pethau’n dechrau llithro? Beth wnewch chi wedyn?',
  'section:staying-well:harder:title': 'Pan fydd pethau’n mynd yn anoddach',
  'section:staying-well:harder:prompt':
    'Beth yw’r arwyddion bod pethau’n mynd yn anoddach, a beth hoffech chi ei weld yn digwydd neu i eraill ei wneud?',
  'section:staying-well:crisis:title': 'Os bydda i mewn argyfwng',
  'section:staying-well:crisis:prompt':
    'Beth sy’n helpu a beth sydd ddim, pwy i gysylltu â nhw, pethau ymarferol i’w trefnu (plant, anifeiliaid anwes, biliau, gwaith), a’ch dymuniadau am ofal a thriniaeth.',
  'section:staying-well:after-crisis:title': 'Ar ôl argyfwng',
  'section:staying-well:after-crisis:prompt':
    'Sut hoffech chi ddod yn ôl ar y trywydd iawn, a phwy allai helpu gyda hynny?',
  'section:staying-well:contacts:title': 'Cysylltiadau',
  'section:staying-well:contacts:prompt':
    'Pobl rydych chi’n ymddiried ynddyn nhw, gweithwyr proffesiynol sy’n eich cefnogi, a llinellau argyfwng y gallwch eu ffonio.',
  'section:safety:warning-signs:title': 'Arwyddion fy mod i’n cael trafferth',
  'section:safety:warning-signs:prompt':
    'Meddyliau, teimladau neu sefyllfaoedd sy’n dweud wrthych chi fod pethau’n mynd yn anodd.',
  'section:safety:on-my-own:title': 'Pethau y galla i eu gwneud ar fy mhen fy hun',
  'section:safety:on-my-own:prompt':
    'Pethau bach sy’n eich helpu i deimlo ychydig yn dawelach neu’n fwy sefydlog, heb fod angen neb arall.',
  'section:safety:distractions:title': 'Pobl a lleoedd sy’n mynd â fy meddwl oddi ar bethau',
  'section:safety:distractions:prompt':
    'Rhywle y gallwch fynd neu rywun y gallwch fod gyda nhw i deimlo’n llai unig am ychydig.',
  'section:safety:ask-for-help:title': 'Pobl y galla i ofyn iddyn nhw am help',
  'section:safety:ask-for-help:prompt':
    'Ffrindiau neu deulu y gallwch ddweud wrthyn nhw eich bod yn ei chael hi’n anodd.',
  'section:safety:contacts:title': 'Gweithwyr proffesiynol a llinellau cymorth',
  'section:safety:contacts:prompt':
    'Gwasanaethau, gweithwyr a llinellau cymorth y gallwch gysylltu â nhw, ddydd neu nos.',
  'section:safety:safer-surroundings:title': 'Gwneud i’r lle rydw i ynddo deimlo’n fwy diogel',
  'section:safety:safer-surroundings:prompt':
    'Beth allech chi, neu rywun rydych chi’n ymddiried ynddo, ei wneud i wneud i’ch amgylchoedd deimlo’n fwy diogel pan fydd pethau’n anodd?',
};

/** `<rk-staying-well-plan>` in Welsh (awaiting review by a fluent Welsh speaker). */
export const stayingWellPlan: StringOverrides<StayingWellPlanStrings> = {
  heading: select<PlanTemplate>({
    'staying-well': 'Fy nghynllun cadw’n iach',
    safety: 'Fy nghynllun diogelwch',
  }),
  intro: select<PlanTemplate>({
    'staying-well':
      'Cynllun rydych chi’n ei ysgrifennu pan fyddwch chi’n teimlo’n dda, er mwyn i chi a’r bobl o’ch cwmpas sylwi ar arwyddion cynnar a gwybod beth yw’ch dymuniadau. Llenwch gymaint neu cyn lleied ag y mynnwch.',
    safety:
      'Cynllun byr, wedi’i ysgrifennu ymlaen llaw, o gamau a all eich helpu drwy foment anodd. Dechreuwch lle bynnag sy’n teimlo’n iawn.',
  }),
  loading: 'Yn agor eich cynllun…',

  templateLegend: 'Math o gynllun',
  templateName: select<PlanTemplate>({
    'staying-well': 'Cynllun cadw’n iach',
    safety: 'Cynllun diogelwch',
  }),
  templateHint:
    'Dydy newid byth yn dileu dim. Mae adrannau nad yw’r math arall o gynllun yn eu dangos yn cael eu cadw, a byddan nhw’n dod yn ôl pan fyddwch chi’n newid yn ôl.',
  // "adran" (section) is feminine: dwy adran; it keeps its form after every number.
  keptOutOfView: plural('cy', {
    ...sameForms(
      'Dydy {count} adran y buoch chi’n ysgrifennu ynddyn nhw ddim yn rhan o’r math hwn o gynllun. Maen nhw’n cael eu cadw’n ddiogel a byddan nhw’n ymddangos eto pan fyddwch chi’n newid yn ôl.',
    ),
    one: 'Dydy {count} adran y buoch chi’n ysgrifennu ynddi ddim yn rhan o’r math hwn o gynllun. Mae’n cael ei chadw’n ddiogel a bydd yn ymddangos eto pan fyddwch chi’n newid yn ôl.',
  }),
  templateChanged: message(['name'], 'Yn dangos y canlynol nawr: {name}.'),

  ...sections,

  itemsLabel: message(['section'], 'Eich llinellau ar gyfer {section}'),
  itemLabel: message(['position', 'total', 'section'], 'Llinell {position} o {total} yn {section}'),
  itemHint:
    'Mae Enter yn ychwanegu llinell newydd oddi tani. Mae Alt gyda’r saeth i fyny neu i lawr yn symud llinell.',
  addItem: 'Ychwanegu llinell',
  moveUp: 'Symud i fyny',
  moveDown: 'Symud i lawr',
  removeItem: 'Tynnu',
  whichLine: message(['position', 'total'], ', llinell {position} o {total}'),
  // "llinell" (line) is feminine: dwy linell (soft mutation); tair llinell, chwe llinell.
  itemAdded: plural('cy', {
    ...sameForms('Llinell newydd wedi’i hychwanegu. {count} llinell yn yr adran hon.'),
    two: 'Llinell newydd wedi’i hychwanegu. {count} linell yn yr adran hon.',
  }),
  itemMoved: message(['position', 'total'], 'Wedi symud i linell {position} o {total}.'),
  notesLabel: message(['section'], 'Nodiadau ar gyfer {section}'),
  removed: (text: string) => `Wedi tynnu ${quoted(text, 'llinell wag')}.`,
  undo: 'Dadwneud',
  restored: (text: string) => `Mae ${quoted(text, 'y llinell wag')} yn ôl yn eich cynllun.`,
  nothingYet: 'Does dim byd wedi’i ysgrifennu yma eto.',

  peopleHeading: 'Pobl rydw i’n ymddiried ynddyn nhw',
  professionalsHeading: 'Gweithwyr proffesiynol a gwasanaethau',
  noContacts: 'Does dim cysylltiadau wedi’u hychwanegu eto.',
  addContact: 'Ychwanegu cyswllt',
  editContact: 'Newid',
  removeContact: 'Tynnu',
  whichContact: message(['name'], ': {name}'),
  contactFormHeading: 'Manylion cyswllt',
  contactKindLegend: 'Pwy yw hwn?',
  contactKindName: select({
    person: 'Rhywun rydw i’n ymddiried ynddo',
    professional: 'Gweithiwr proffesiynol neu wasanaeth',
  }),
  contactName: 'Enw',
  contactRelationship: 'Pwy ydyn nhw i mi',
  contactPhone: 'Rhif ffôn',
  contactEmail: 'Cyfeiriad e-bost',
  contactWhen: 'Pryd i gysylltu â nhw',
  saveContact: 'Cadw’r cyswllt',
  cancelContact: 'Canslo',
  contactSaved: message(['name'], 'Wedi cadw {name}.'),
  crisisLinesHeading: 'Llinellau argyfwng',
  crisisLinesIntro: 'Os oes angen help arnoch chi nawr, gallwch gysylltu ag unrhyw un o’r rhain.',

  reviewHeading: 'Edrych dros eich cynllun',
  reviewNever:
    'Gall helpu i ddarllen eich cynllun drwyddo bob hyn a hyn a newid unrhyw beth sydd ddim yn gweddu mwyach.',
  reviewRecent: message(['date'], 'Y tro diwethaf i chi edrych dros y cynllun hwn oedd {date}.'),
  reviewDue: message(
    ['date'],
    'Y tro diwethaf i chi edrych dros y cynllun hwn oedd {date}. Efallai ei bod hi’n amser da i’w ddarllen drwyddo eto, pryd bynnag sy’n gyfleus i chi.',
  ),
  markReviewed: 'Rydw i wedi edrych dros fy nghynllun',
  reviewedNow: 'Diolch. Wedi nodi eich bod wedi edrych dros eich cynllun heddiw.',

  shareHeading: 'Cadw neu rannu copi',
  shareHint: 'Efallai yr hoffech chi roi copi i weithiwr neu i rywun rydych chi’n ymddiried ynddo.',
  print: 'Argraffu',
  copy: 'Copïo fel testun',
  download: 'Lawrlwytho fel ffeil destun',
  copied: 'Mae’ch cynllun wedi’i gopïo. Gallwch ei ludo unrhyw le.',
  copyFailed: 'Doedd dim modd copïo’ch cynllun yma. Gallech ei lawrlwytho fel ffeil yn lle hynny.',
  downloaded: 'Mae’ch cynllun wedi’i lawrlwytho fel ffeil destun.',
  fileName: select<PlanTemplate>({
    'staying-well': 'fy-nghynllun-cadw-n-iach.txt',
    safety: 'fy-nghynllun-diogelwch.txt',
  }),
  textReviewed: message(['date'], 'Edrychwyd drosto ddiwethaf ar {date}.'),
  textNotReviewed: 'Heb ei farcio fel un rydych chi wedi edrych drosto eto.',
  textEmpty: '(dim byd wedi’i ysgrifennu eto)',
  textNotes: 'Nodiadau',
  textRelationship: 'Pwy ydyn nhw',
  textPhone: 'Ffôn',
  textEmail: 'E-bost',
  textWhen: 'Pryd i gysylltu',

  readonlyNote: select({
    'too-new':
      'Cafodd y cynllun hwn ei gadw gan fersiwn mwy newydd o’r offeryn hwn, felly mae’n cael ei ddangos yma fel y mae, heb ei gyffwrdd.',
    invalid:
      'Doedd dim modd darllen rhan o’r cynllun hwn, felly mae’n cael ei ddangos yma fel y mae, heb ei gyffwrdd.',
    corrupt:
      'Doedd dim modd darllen y cynllun hwn. Mae wedi’i adael heb ei gyffwrdd, a gallwch ei allforio o hyd.',
  }),
  keptBoth:
    'Cafodd eich cynllun ei newid yn rhywle arall hefyd (mewn tab arall efallai). Lle newidiodd y ddau yr un peth, mae’r ddwy fersiwn wedi’u cadw: tacluswch nhw fel y mynnwch.',
  broughtBack:
    'Roedd eich cynllun wedi cael ei dynnu yn rhywle arall (mewn tab arall efallai) tra oeddech chi’n ei newid. Mae’ch newidiadau wedi’u cadw ac mae’r cynllun yn ôl.',
};
