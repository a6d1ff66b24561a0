import type { MyDataStrings } from '../../../elements/my-data/my-data.strings.js';
import { message } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';

/** "peth" (thing): dau beth (soft mutation), tri pheth and chwe pheth (aspirate). */
const things = plural('cy', {
  zero: '{count} peth',
  one: '{count} peth',
  two: '{count} beth',
  few: '{count} pheth',
  many: '{count} pheth',
  other: '{count} peth',
});

/** `<rk-my-data>` in Welsh (awaiting review by a fluent Welsh speaker). */
export const myData: StringOverrides<MyDataStrings> = {
  heading: 'Fy nata',
  intro:
    'Yma gallwch gadw copi o bopeth rydych chi wedi’i ysgrifennu yn yr offer hyn, dod â chopi yn ôl, neu ddileu’r cyfan.',

  exportHeading: 'Cadw copi',
  exportHint:
    'Mae hyn yn lawrlwytho un ffeil gyda phopeth rydych chi wedi’i ysgrifennu yma. Cadwch hi yn rhywle diogel: gall unrhyw un sy’n agor y ffeil ei darllen.',
  exportButton: 'Cadw copi',
  fileName: message(['day'], 'copi-fy-recovery-kit-{day}.json'),
  exported: message(
    ['time', 'fileName'],
    'Fe gadwoch chi gopi am {time}. Chwiliwch am {fileName} yn eich ffeiliau wedi’u lawrlwytho.',
  ),

  importHeading: 'Dod â chopi yn ôl',
  importHint:
    'Dewiswch gopi a gadwoch chi o’r blaen. Does dim byd yn newid nes i chi ddweud, ac mae’r hyn sydd yma nawr yn cael ei gadw.',
  fileLabel: 'Eich copi sydd wedi’i gadw',
  things,
  preview: (added: number, replaced: number, kept: number) =>
    [
      'Byddai dod â’r copi hwn yn ôl yn:',
      `ychwanegu ${things(added)},`,
      `diweddaru ${things(replaced)} i’r fersiwn mwy newydd yn y copi,`,
      `a gadael ${things(kept)} fel y maen nhw yma.`,
    ].join(' '),
  nothingNew: 'Mae popeth yn y copi hwn yma’n barod, felly does dim byd i ddod ag ef yn ôl.',
  importButton: 'Dod ag ef yn ôl',
  importCancel: 'Nid nawr',
  imported: (added: number, replaced: number) =>
    `Mae’ch copi yn ôl: ${things(added)} wedi’u hychwanegu a ${things(replaced)} wedi’u diweddaru.`,
  notACopy:
    'Dydy’r ffeil hon ddim yn gopi a gadwyd o’r fan hon. Dewiswch y ffeil a gadwoch chi gyda “Cadw copi”. Does dim byd wedi newid.',
  newerCopy:
    'Cafodd y copi hwn ei gadw gan fersiwn mwy newydd o’r offer hyn, felly does dim modd dod ag ef yn ôl yma eto. Does dim byd wedi newid.',
  damagedCopy:
    'Doedd dim modd darllen y copi hwn. Efallai ei fod wedi’i ddifrodi neu ei newid ers iddo gael ei gadw. Does dim byd wedi newid.',

  eraseHeading: 'Dileu popeth sydd yma',
  eraseHint: 'Mae hyn yn tynnu popeth rydych chi wedi’i ysgrifennu yn yr offer hyn.',
  eraseStart: 'Dileu popeth sydd yma…',
  eraseWarning:
    'Mae hyn yn dileu popeth rydych chi wedi’i ysgrifennu yn yr offer hyn, am byth. Does dim modd ei ddadwneud. Os gallech chi fod eisiau unrhyw ran ohono’n nes ymlaen, cadwch gopi yn gyntaf.',
  eraseConfirm: 'Dileu popeth',
  eraseCancel: 'Cadw fy nata',
  erased: 'Mae popeth oedd yma wedi’i ddileu.',
  // New with erase on synced devices, awaiting review by a fluent Welsh speaker.
  eraseWarningSynced: message(
    ['organisation'],
    'Mae hyn yn dileu popeth rydych chi wedi’i ysgrifennu yn yr offer hyn, am byth: ar y ddyfais hon, ar weinydd {organisation}, ac ar eich dyfeisiau eraill pan fyddan nhw’n cysylltu nesaf. Does dim modd ei ddadwneud. Os gallech chi fod eisiau unrhyw ran ohono’n nes ymlaen, cadwch gopi yn gyntaf.',
  ),
  erasedSynced: message(
    ['organisation'],
    'Mae popeth oedd yma wedi’i ddileu. Caiff ei ddileu o weinydd {organisation} cyn gynted ag y bydd y ddyfais hon ar-lein, ac o’ch dyfeisiau eraill pan fyddan nhw’n cysylltu nesaf.',
  ),
  someOrganisation: 'y sefydliad sy’n rhedeg y wefan hon',

  failed: 'Wnaeth hynny ddim gweithio y funud hon. Rhowch gynnig arall arni.',
};
