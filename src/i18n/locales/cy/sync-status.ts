import type { syncStatusStrings } from '../../../elements/save-status/sync-status.strings.js';
import { message } from '../../message.js';
import { plural } from '../../plural.js';
import type { StringOverrides } from '../../string-table.js';
import { sameForms } from './shared.js';

/** The save status's sync line in Welsh, awaiting review by a fluent Welsh speaker. */
export const syncStatus: StringOverrides<typeof syncStatusStrings> = {
  syncing: 'Yn copïo’ch newidiadau i’r gweinydd…',
  synced: message(['time'], 'Wedi cysoni â’ch dyfeisiau eraill am {time}.'),
  // "newid" (change) keeps its singular form after a number.
  offlineNothingWaiting: 'Rydych chi all-lein. Mae popeth wedi’i gadw ar y ddyfais hon.',
  offline: plural(
    'cy',
    sameForms('Rydych chi all-lein. Bydd {count} newid yn cysoni pan fyddwch chi ar-lein eto.'),
  ),
  signedOut: 'Mewngofnodwch eto i gysoni. Mae popeth wedi’i gadw ar y ddyfais hon o hyd.',
  failed:
    'Doedd dim modd cysoni nawr, felly bydd yn rhoi cynnig arall arni cyn hir. Mae popeth wedi’i gadw ar y ddyfais hon.',
  keptBoth: plural('cy', {
    ...sameForms(
      'Cafodd {count} peth eu newid ar ddwy ddyfais ar yr un pryd. Cadwyd y ddau fersiwn: edrychwch arnyn nhw.',
    ),
    one: 'Cafodd rhywbeth ei newid ar ddwy ddyfais ar yr un pryd. Cadwyd y ddau fersiwn: edrychwch arno.',
  }),
  whereSynced: message(
    ['organisation'],
    'Mae popeth rydych chi’n ei ysgrifennu yma’n cael ei gadw ar y ddyfais hon a’i gopïo i weinydd {organisation}, fel y gall eich dyfeisiau eraill ei gael hefyd. Gallai staff {organisation} ei ddarllen yno.',
  ),
  whereSyncedEncrypted: message(
    ['organisation'],
    'Mae popeth rydych chi’n ei ysgrifennu yma’n cael ei gadw ar y ddyfais hon a’i gopïo i weinydd {organisation}, wedi’i amgryptio fel mai dim ond chi sy’n gallu ei ddarllen.',
  ),
  someOrganisation: 'y sefydliad sy’n rhedeg y wefan hon',
};
