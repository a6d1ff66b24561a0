import { crisisHelpStrings } from '../elements/crisis-help/crisis-help.strings.js';
import { goalTrackerStrings } from '../elements/goal-tracker/goal-tracker.strings.js';
import { hopeJournalStrings } from '../elements/hope-journal/hope-journal.strings.js';
import { lockStrings } from '../elements/lock/lock.strings.js';
import { myDataStrings } from '../elements/my-data/my-data.strings.js';
import { saveStatusStrings } from '../elements/save-status/save-status.strings.js';
import { starAssessmentStrings } from '../elements/star-assessment/star-assessment.strings.js';
import { stayingWellPlanStrings } from '../elements/staying-well-plan/staying-well-plan.strings.js';
import { syncStatusStrings } from '../elements/save-status/sync-status.strings.js';
import { commonStrings } from './common.strings.js';
import type { SectionName } from './string-table.js';

/**
 * Every section's en-GB strings, by section name: the source a translation is checked
 * against (the locale tests) and exported from (`scripts/strings-xliff.ts`). Elements do
 * not import this; each reads its own `<name>.strings.ts`.
 *
 * A new element with strings adds its section here.
 */
export const EN_GB_STRINGS: { readonly [K in SectionName]?: RkStringSections[K] } = {
  common: commonStrings,
  'crisis-help': crisisHelpStrings,
  'save-status': saveStatusStrings,
  'goal-tracker': goalTrackerStrings,
  'star-assessment': starAssessmentStrings,
  'staying-well-plan': stayingWellPlanStrings,
  'hope-journal': hopeJournalStrings,
  'my-data': myDataStrings,
  lock: lockStrings,
  'sync-status': syncStatusStrings,
};
