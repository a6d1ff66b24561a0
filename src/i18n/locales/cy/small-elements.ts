import type { CommonStrings } from '../../common.strings.js';
import type { crisisHelpStrings } from '../../../elements/crisis-help/crisis-help.strings.js';
import type { saveStatusStrings } from '../../../elements/save-status/save-status.strings.js';
import { message } from '../../message.js';
import { plural } from '../../plural.js';
import { sameForms } from './shared.js';
import type { StringOverrides } from '../../string-table.js';

/**
 * The shared words and the small elements (crisis help, save status) in Welsh, awaiting
 * review by a fluent Welsh speaker.
 */

export const common: StringOverrides<CommonStrings> = {
  save: 'Cadw',
  cancel: 'Canslo',
  edit: 'Golygu',
  remove: 'Tynnu',
  close: 'Cau',
  optional: '(dewisol)',
  readonlyNote:
    'Cafodd hwn ei gadw mewn ffordd na all y dudalen hon ei newid, felly mae’n cael ei ddangos fel y mae.',
  partLoading: 'Wrthi’n nôl yr hyn a gadwoch chi…',
  partFailed:
    'Mae’r hyn a gadwoch chi’n ddiogel, ond doedd dim modd llwytho’r rhan hon o’r dudalen (efallai fod y cysylltiad wedi torri). Ail-lwythwch y dudalen i geisio eto.',
  required: 'Ysgrifennwch rywbeth yma yn gyntaf.',
  charactersLeft: plural('cy', sameForms('Mae {count} nod ar ôl gennych chi.')),
  charactersOver: plural(
    'cy',
    sameForms('Mae hynny {over} nod yn ormod (uchafswm {max}).'),
    ['over', 'max'],
    'over',
  ),
  // "nod" (character) keeps its form after every number.
  'too-long': (params) =>
    params?.max !== undefined
      ? `Mae hyn braidd yn hir. Cadwch at ${params.max} nod neu lai.`
      : 'Mae hyn braidd yn hir. Byddwch cystal â’i fyrhau.',
  'out-of-range': (params) =>
    params?.min !== undefined && params?.max !== undefined
      ? `Dewiswch rif o ${params.min} i ${params.max}.`
      : 'Dewiswch rif o fewn yr ystod a ddangosir.',
  'invalid-type': 'Dydy hyn ddim yn edrych yn hollol iawn. Gwiriwch e.',
  'invalid-value': 'Dewiswch un o’r opsiynau a ddangosir.',
  'invalid-date': 'Rhowch ddyddiad, er enghraifft 14 Mawrth 2026.',
  'unsafe-url':
    'Defnyddiwch gyfeiriad gwe sy’n dechrau gyda https://, neu rif ffôn neu gyfeiriad e-bost.',
  'invalid-phone': 'Gwiriwch y rhif ffôn. Gall gynnwys digidau, bylchau a + ar y dechrau.',
  'invalid-email': 'Gwiriwch y cyfeiriad e-bost. Dylai edrych fel enw@example.org.',
  duplicate: 'Mae hwn ar y rhestr yn barod.',
  unknown: 'Dydy rhywbeth yma ddim yn edrych yn iawn. Gwiriwch e.',
};

export const crisisHelp: StringOverrides<typeof crisisHelpStrings> = {
  toggle: 'Angen help nawr?',
  intro:
    'Dydych chi ddim ar eich pen eich hun. Os yw’ch bywyd mewn perygl nawr, ffoniwch 999 neu ewch i adran damweiniau ac achosion brys.',
  notACrisisService:
    'Dydy’r offeryn hwn ddim yn wasanaeth argyfwng. Mae’r gwasanaethau hyn yno i chi:',
  close: 'Cau',
};

export const saveStatus: StringOverrides<typeof saveStatusStrings> = {
  connecting: 'Yn agor eich gwaith sydd wedi’i gadw…',
  ready: 'Mae’r hyn rydych chi’n ei ysgrifennu yma’n cael ei gadw ar y ddyfais hon.',
  readyElsewhere: 'Mae’r hyn rydych chi’n ei ysgrifennu yma’n cael ei gadw gan y wefan hon.',
  saving: 'Yn cadw…',
  unsaved: 'Heb ei gadw eto.',
  savedOnDevice: message(['time'], 'Wedi’i gadw ar y ddyfais hon am {time}.'),
  savedElsewhere: message(['time'], 'Wedi’i gadw am {time}.'),
  firstSaveAnnouncement: 'Wedi’i gadw.',
  notSaved: message(['reason'], 'Heb ei gadw eto: {reason} Mae’ch ysgrifennu yma o hyd.'),
  tryAgain: 'Rhoi cynnig arall arni',
  memory:
    'Dydy’r porwr hwn ddim yn cadw’ch data, felly bydd wedi mynd pan fyddwch chi’n cau’r dudalen.',
  partitioned:
    'Mae’r dudalen hon y tu mewn i wefan arall, felly efallai y bydd eich porwr yn clirio’r hyn rydych chi’n ei ysgrifennu yma.',
  lost: 'Mae’ch porwr wedi clirio’r hyn oedd wedi’i gadw yma, felly mae’r hyn sydd ar y sgrin yn cael ei gadw eto.',
  whereQuestion: 'Ble mae fy nata’n cael ei gadw?',
  whereOnDevice:
    'Mae popeth rydych chi’n ei ysgrifennu yma’n aros yn y porwr hwn, ar y ddyfais hon. Dydy e ddim yn cael ei anfon i unman, a dydy’r bobl sy’n rhedeg y wefan hon ddim yn gallu ei weld.',
  whereElsewhere:
    'Mae’r hyn rydych chi’n ei ysgrifennu yma’n cael ei gadw gan y gwasanaeth sy’n rhedeg y wefan hon.',
  whereMemory:
    'Dydy’r porwr hwn ddim yn gadael i’r dudalen gadw dim (gall hyn ddigwydd mewn ffenest breifat). Copïwch neu allforiwch unrhyw beth rydych chi am ei gadw cyn cau’r dudalen.',
  whereBestEffort:
    'Bydd clirio data pori’n ei ddileu, ac mae rhai porwyr yn ei dynnu ar ôl ychydig wythnosau heb ymweliad. Mae allforio copi bob hyn a hyn yn ei gadw’n ddiogel.',
  wherePersistent:
    'Mae’ch porwr wedi cytuno i’w gadw nes i chi ei glirio eich hun. Mae allforio copi bob hyn a hyn yn syniad da o hyd.',
  unavailable: 'wnaeth y porwr ddim gadael i’r dudalen hon ei gadw y funud hon.',
  'quota-exceeded': 'does dim lle ar ôl ar y ddyfais hon ar gyfer y wefan hon.',
  conflict: 'cafodd ei newid yn rhywle arall (mewn tab arall efallai) ar yr un pryd.',
  corrupt:
    'doedd dim modd darllen y copi sydd wedi’i gadw, felly mae wedi’i adael yn union fel yr oedd.',
  'version-too-new':
    'cafodd ei gadw gan fersiwn mwy newydd o’r offeryn hwn, felly fydd y dudalen hon ddim yn ei newid.',
  locked: 'mae’ch data sydd wedi’i gadw wedi’i gloi.',
  unauthorized: 'dydych chi ddim wedi mewngofnodi i’r lle mae’n cael ei gadw.',
  offline: 'does dim cysylltiad ar hyn o bryd.',
  'not-found': 'dydy e ddim yno mwyach. Efallai ei fod wedi’i dynnu mewn tab arall.',
  'invalid-import': 'doedd dim modd defnyddio’r ffeil. Does dim byd wedi newid.',
};
