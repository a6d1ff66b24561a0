/**
 * Cymraeg: every element's strings and the default content in Welsh.
 *
 * AWAITING REVIEW BY A FLUENT WELSH SPEAKER. This translation was written carefully but
 * not by a first-language speaker, and has not been reviewed yet; do not present it as
 * reviewed. Corrections are welcome (see the Localization page in the docs).
 *
 * Loaded on demand by `locale-registry.ts` the first time a page asks for `cy`.
 */
import type { LocaleDefinition } from '../../string-table.js';
import {
  WALES_CRISIS_CONTACTS,
  WELSH_AREA_SET,
  WELSH_DATES,
  WELSH_GOAL_IDEAS,
  WELSH_PROMPTS,
} from './content.js';
import { goalTracker } from './goal-tracker.js';
import { hopeJournal } from './hope-journal.js';
import { lock } from './lock.js';
import { myData } from './my-data.js';
import { common, crisisHelp, saveStatus } from './small-elements.js';
import { starAssessment } from './star-assessment.js';
import { stayingWellPlan } from './staying-well-plan.js';
import { syncStatus } from './sync-status.js';

export const cy: LocaleDefinition = {
  common,
  'crisis-help': crisisHelp,
  'save-status': saveStatus,
  'goal-tracker': goalTracker,
  'star-assessment': starAssessment,
  'staying-well-plan': stayingWellPlan,
  'hope-journal': hopeJournal,
  'my-data': myData,
  lock,
  'sync-status': syncStatus,
  dates: WELSH_DATES,
  content: {
    crisisContacts: WALES_CRISIS_CONTACTS,
    areas: WELSH_AREA_SET,
    goalIdeas: WELSH_GOAL_IDEAS,
    prompts: WELSH_PROMPTS,
  },
};

/**
 * Strings that are rightly the same in Welsh as in English (`section.key`): symbols,
 * numbers and names. The locale check accepts these and flags any other Welsh string
 * that is identical to the English.
 */
export const SAME_AS_ENGLISH: readonly string[] = [
  'star-assessment.scoreOption',
  'star-assessment.readingName',
  'star-assessment.changeLine',
  'staying-well-plan.whichContact',
  'hope-journal.tagFilterLabel',
];
