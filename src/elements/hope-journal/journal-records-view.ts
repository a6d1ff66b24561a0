// The hope journal's views of saved entries (the search and filters, the list and the
// look back over time) and their styles, in a chunk of their own: the journal loads it
// through a LazyPart the first time there is an entry, so a first visit downloads only the
// empty journal.
export { renderFilters } from './journal-filters.js';
export { moveFocus, renderEntryList } from './journal-entry-list.js';
export { JournalOverTime } from './journal-over-time.js';
export { journalRecordsStyles as styles } from './journal-records.styles.js';
