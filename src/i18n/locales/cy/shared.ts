import type { ChimeKey } from '../../../core/chime.js';
import { select } from '../../message.js';
import type { PluralForms } from '../../plural.js';

/**
 * Welsh words more than one element uses. Like every file in this folder, the Welsh is
 * awaiting review by a fluent Welsh speaker.
 */

/** The CHIME processes' names in Welsh. */
export const chimeName = select<ChimeKey>({
  connectedness: 'Cysylltiad',
  hope: 'Gobaith ac optimistiaeth',
  identity: 'Hunaniaeth',
  meaning: 'Ystyr a phwrpas',
  empowerment: 'Grymuso',
});

/** What each CHIME process is about, in Welsh (our own words, as in `core/chime.ts`). */
export const chimeAbout = select<ChimeKey>({
  connectedness:
    'Y bobl o’ch cwmpas: ffrindiau, teulu, cyfoedion a theimlo eich bod yn perthyn i rywle.',
  hope: 'Credu y gall pethau wella, a chael rhywbeth i edrych ymlaen ato.',
  identity: 'Adnabod a hoffi pwy ydych chi, gyda llawer mwy i chi nag unrhyw ddiagnosis.',
  meaning: 'Rolau, diddordebau a chredoau sy’n gwneud i’ch dyddiau deimlo’n werth chweil.',
  empowerment: 'Cael dweud eich dweud am eich bywyd eich hun, a defnyddio’ch cryfderau.',
});

/**
 * The same text for all six Welsh plural forms: a Welsh noun after a number stays
 * singular, so a noun that no number mutates ("nod", "mis") reads the same in each.
 * Spread it and override the forms that differ.
 */
export function sameForms(text: string): PluralForms {
  return { zero: text, one: text, two: text, few: text, many: text, other: text };
}
