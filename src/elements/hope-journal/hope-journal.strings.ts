import { journalFirstViewStrings } from './journal-first-view.strings.js';
import { journalRecordsStrings } from './journal-records.strings.js';

/**
 * Every word `<rk-hope-journal>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings`, or a registered locale). The default
 * prompts live in `src/core/journal-prompts.ts` and are replaced with `prompts`. The
 * element itself loads the words of its first view (journal-first-view.strings.ts); its
 * records view brings the rest (journal-records.strings.ts).
 */
export const hopeJournalStrings = { ...journalFirstViewStrings, ...journalRecordsStrings };

/** The strings `<rk-hope-journal>` reads; a host may override any of them. */
export type HopeJournalStrings = typeof hopeJournalStrings;

declare global {
  interface RkStringSections {
    'hope-journal': HopeJournalStrings;
  }
}
