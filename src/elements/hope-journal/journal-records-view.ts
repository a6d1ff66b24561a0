// The hope journal's views of saved entries (the search and filters, the list and the
// look back over time) and their styles, in a chunk of their own: the journal loads it
// through a LazyPart the first time there is an entry, so a first visit downloads only the
// empty journal. Their words come with them.
import { css } from 'lit';
import { chartStyles } from '../chart/chart.styles.js';
import { journalRecordsStyles } from './journal-records.styles.js';
import { addPartDefaults } from '../../i18n/locale-registry.js';
import { journalRecordsStrings } from './journal-records.strings.js';
export { renderFilters } from './journal-filters.js';
export { moveFocus, renderEntryList } from './journal-entry-list.js';
export { JournalOverTime } from './journal-over-time.js';

addPartDefaults('hope-journal', journalRecordsStrings);

/** The views' styles, with those of the chart they may show. */
export const styles = css`
  ${chartStyles} ${journalRecordsStyles}
`;
