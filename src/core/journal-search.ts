/**
 * Reading the journal back: an in-memory index that keeps entries newest first and
 * answers a search keystroke with a plain array filter (no database scan), and month
 * grouping. The summaries over every entry (tags, CHIME, hope check-ins) are in
 * journal-summary.ts. DOM-free.
 */
import type { ChimeKey } from './chime.js';
import { entrySortKey, type Entry } from './entry.js';
import { JournalSummary, monthOf, sortedIndex } from './journal-summary.js';

export {
  chimeFrequency,
  hopeSeries,
  monthOf,
  tagsInUse,
  type HopePoint,
  type HopeSeries,
} from './journal-summary.js';

/** One journal entry as the reading views hold it. */
export interface JournalItem {
  id: string;
  entry: Entry;
  /** True when the stored record failed validation or has a newer schema: shown, never written. */
  readonly: boolean;
}

/** What a person narrowed the list to. Empty fields do not filter. */
export interface JournalQuery {
  /** Words to find; every word must appear (case-insensitive). */
  text?: string;
  /** One of the person's tags (case-insensitive). */
  tag?: string;
  chime?: ChimeKey | '';
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string;
  to?: string;
  pinnedOnly?: boolean;
}

interface IndexRow<I extends JournalItem> {
  item: I;
  key: string;
  /** Lower-case text of everything searchable, built once per entry. */
  haystack: string;
  tagKeys: string[];
}

function searchableText(entry: Entry): string {
  const parts = [entry.body, entry.prompt?.text ?? '', ...entry.tags];
  for (const thing of entry.goodThings) parts.push(thing.what, thing.why);
  return parts.join('\n').toLocaleLowerCase();
}

function rowFor<I extends JournalItem>(item: I): IndexRow<I> {
  return {
    item,
    key: entrySortKey(item.entry),
    haystack: searchableText(item.entry),
    tagKeys: item.entry.tags.map((tag) => tag.toLocaleLowerCase()),
  };
}

/** Splits a search into lower-case words. */
export function searchWords(text: string | undefined): string[] {
  return (text ?? '')
    .toLocaleLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** True when no field of the query narrows the list. */
export function isEmptyQuery(query: JournalQuery): boolean {
  return (
    searchWords(query.text).length === 0 &&
    !query.tag &&
    !query.chime &&
    !query.from &&
    !query.to &&
    !query.pinnedOnly
  );
}

/** A query made ready for matching: its words split, its tag in lower case. */
interface PreparedQuery extends JournalQuery {
  words: string[];
  /** True when nothing narrows the list. */
  all: boolean;
}

function prepareQuery(query: JournalQuery): PreparedQuery {
  return {
    ...query,
    words: searchWords(query.text),
    tag: query.tag?.toLocaleLowerCase() ?? '',
    all: isEmptyQuery(query),
  };
}

/** True when the entry in `row` matches `query`. */
function matches(row: IndexRow<JournalItem>, query: PreparedQuery): boolean {
  if (query.all) return true;
  const entry = row.item.entry;
  if (query.pinnedOnly && !entry.pinned) return false;
  if (query.chime && !entry.chime.includes(query.chime)) return false;
  if (query.from && entry.date < query.from) return false;
  if (query.to && entry.date > query.to) return false;
  if (query.tag && !row.tagKeys.includes(query.tag)) return false;
  return query.words.every((word) => row.haystack.includes(word));
}

/**
 * Entries newest first (by date, then by when they were written, then by id), with
 * their searchable text prepared so that filtering 10,000 entries is one pass over
 * an array of strings. One entry at a time it also keeps the journal's
 * {@link JournalSummary} and the results of the query on screen ({@link results}), so
 * adding, changing or removing an entry costs what that entry touches, not the
 * journal's size.
 */
export class JournalIndex<I extends JournalItem = JournalItem> {
  /** Tags, CHIME counts and hope check-ins of every entry held. */
  readonly summary = new JournalSummary();
  #rows: IndexRow<I>[] = [];
  readonly #byId = new Map<string, IndexRow<I>>();
  #shown: { query: JournalQuery; prepared: PreparedQuery; results: I[] } | undefined;

  /** Number of entries held. */
  get size(): number {
    return this.#rows.length;
  }

  /** Every entry, newest first. */
  get items(): I[] {
    return this.#rows.map((row) => row.item);
  }

  /** Replaces everything held (for example after loading every page). */
  replaceAll(items: Iterable<I>): void {
    this.#rows = [...items].map(rowFor).sort(compareRows);
    this.#byId.clear();
    this.summary.clear();
    for (const row of this.#rows) {
      this.#byId.set(row.item.id, row);
      this.summary.add(row.item.id, row.item.entry);
    }
    this.#shown = undefined;
  }

  /** Adds an entry or replaces the one with the same id, keeping the order. */
  upsert(item: I): void {
    this.remove(item.id);
    const row = rowFor(item);
    this.#rows.splice(sortedIndex(this.#rows, row, compareRows), 0, row);
    this.#byId.set(item.id, row);
    this.summary.add(item.id, item.entry);
    const shown = this.#shown;
    if (shown && matches(row, shown.prepared))
      shown.results = shown.results.toSpliced(
        sortedIndex(shown.results, item, compareItems),
        0,
        item,
      );
  }

  /** Drops the entry with `id`; returns whether there was one. */
  remove(id: string): boolean {
    const row = this.#byId.get(id);
    if (!row) return false;
    this.#rows.splice(sortedIndex(this.#rows, row, compareRows), 1);
    this.#byId.delete(id);
    this.summary.remove(id, row.item.entry);
    const shown = this.#shown;
    if (shown && matches(row, shown.prepared))
      shown.results = shown.results.toSpliced(
        sortedIndex(shown.results, row.item, compareItems),
        1,
      );
    return true;
  }

  /** The entry with `id`, if held. */
  get(id: string): I | undefined {
    return this.#byId.get(id)?.item;
  }

  /** The entries matching `query`, newest first (one pass over every entry). */
  search(query: JournalQuery): I[] {
    const prepared = prepareQuery(query);
    if (prepared.all) return this.items;
    return this.#rows.filter((row) => matches(row, prepared)).map((row) => row.item);
  }

  /**
   * The entries matching `query`, newest first, as {@link search} gives them, then kept
   * up to date entry by entry while the same query object is asked for: a new array
   * whenever the results changed, the same array otherwise.
   */
  results(query: JournalQuery): I[] {
    if (this.#shown?.query !== query)
      this.#shown = { query, prepared: prepareQuery(query), results: this.search(query) };
    return this.#shown.results;
  }
}

/** Newest first: larger key first, then larger id (a stable, total order). */
function compareRows(a: IndexRow<JournalItem>, b: IndexRow<JournalItem>): number {
  return compareKeys(a.key, a.item.id, b.key, b.item.id);
}

/** The order of {@link compareRows} for items (their key worked out as needed). */
function compareItems(a: JournalItem, b: JournalItem): number {
  return compareKeys(entrySortKey(a.entry), a.id, entrySortKey(b.entry), b.id);
}

function compareKeys(aKey: string, aId: string, bKey: string, bId: string): number {
  if (aKey !== bKey) return aKey < bKey ? 1 : -1;
  if (aId === bId) return 0;
  return aId < bId ? 1 : -1;
}

/** Entries in one month, in the order given. */
export interface MonthGroup {
  month: string;
  items: JournalItem[];
}

/** Groups entries (already newest first) by month, keeping their order. */
export function groupByMonth(items: readonly JournalItem[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const item of items) {
    const month = monthOf(item.entry.date);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}
