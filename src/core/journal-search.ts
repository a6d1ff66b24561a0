/**
 * Reading the journal back: an in-memory index that keeps entries newest first and
 * answers a search keystroke with a plain array filter (no database scan), month
 * grouping, how often each CHIME process appears, and the hope check-in over time.
 * DOM-free.
 */
import { CHIME_KEYS, type ChimeKey } from './chime.js';
import { entrySortKey, type Entry } from './entry.js';

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

/**
 * Entries newest first (by date, then by when they were written, then by id), with
 * their searchable text prepared so that filtering 10,000 entries is one pass over
 * an array of strings.
 */
export class JournalIndex<I extends JournalItem = JournalItem> {
  #rows: IndexRow<I>[] = [];

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
  }

  /** Adds an entry or replaces the one with the same id, keeping the order. */
  upsert(item: I): void {
    this.remove(item.id);
    const row = rowFor(item);
    let low = 0;
    let high = this.#rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareRows(this.#rows[middle], row) < 0) low = middle + 1;
      else high = middle;
    }
    this.#rows.splice(low, 0, row);
  }

  /** Drops the entry with `id`; returns whether there was one. */
  remove(id: string): boolean {
    const index = this.#rows.findIndex((row) => row.item.id === id);
    if (index < 0) return false;
    this.#rows.splice(index, 1);
    return true;
  }

  /** The entry with `id`, if held. */
  get(id: string): I | undefined {
    return this.#rows.find((row) => row.item.id === id)?.item;
  }

  /** The entries matching `query`, newest first. */
  search(query: JournalQuery): I[] {
    if (isEmptyQuery(query)) return this.items;
    const words = searchWords(query.text);
    const tag = query.tag?.toLocaleLowerCase() ?? '';
    const matches: I[] = [];
    for (const row of this.#rows) {
      const entry = row.item.entry;
      if (query.pinnedOnly && !entry.pinned) continue;
      if (query.chime && !entry.chime.includes(query.chime)) continue;
      if (query.from && entry.date < query.from) continue;
      if (query.to && entry.date > query.to) continue;
      if (tag && !row.tagKeys.includes(tag)) continue;
      if (words.length > 0 && !words.every((word) => row.haystack.includes(word))) continue;
      matches.push(row.item);
    }
    return matches;
  }
}

/** Newest first: larger key first, then larger id (a stable, total order). */
function compareRows(a: IndexRow<JournalItem>, b: IndexRow<JournalItem>): number {
  if (a.key !== b.key) return a.key < b.key ? 1 : -1;
  if (a.item.id === b.item.id) return 0;
  return a.item.id < b.item.id ? 1 : -1;
}

/** The month of a `YYYY-MM-DD` date, `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
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

/** How many entries mention each CHIME process (every key present, zero when unused). */
export function chimeFrequency(entries: Iterable<Entry>): Record<ChimeKey, number> {
  const counts = Object.fromEntries(CHIME_KEYS.map((key) => [key, 0])) as Record<ChimeKey, number>;
  for (const entry of entries) {
    for (const key of new Set(entry.chime)) {
      if (key in counts) counts[key] += 1;
    }
  }
  return counts;
}

/** Every tag in use, with the first spelling seen, sorted for a picker. */
export function tagsInUse(entries: Iterable<Entry>): string[] {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase();
      if (!byKey.has(key)) byKey.set(key, tag);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/** One point of the hope check-in over time. */
export interface HopePoint {
  /** `YYYY-MM-DD` for single check-ins, `YYYY-MM` for monthly averages. */
  period: string;
  /** The check-in, or the month's average rounded to one decimal place. */
  value: number;
  /** How many check-ins the point stands for. */
  count: number;
}

/** The hope check-in over time, oldest first. */
export interface HopeSeries {
  /** `check-in`: one point per entry. `month`: one average per month (long histories). */
  granularity: 'check-in' | 'month';
  points: HopePoint[];
}

/**
 * The hope check-ins, oldest first. Up to `maxPoints` check-ins are shown one by
 * one; beyond that, one average per month, so the chart and its table stay readable.
 */
export function hopeSeries(entries: Iterable<Entry>, maxPoints = 60): HopeSeries {
  const checkIns = [...entries]
    .filter(
      (entry): entry is Entry & { hope: number } =>
        typeof entry.hope === 'number' && entry.date !== '',
    )
    .sort((a, b) =>
      entrySortKey(a) < entrySortKey(b) ? -1 : entrySortKey(a) > entrySortKey(b) ? 1 : 0,
    );
  if (checkIns.length <= maxPoints) {
    return {
      granularity: 'check-in',
      points: checkIns.map((entry) => ({ period: entry.date, value: entry.hope, count: 1 })),
    };
  }
  const months = new Map<string, { total: number; count: number }>();
  for (const entry of checkIns) {
    const month = monthOf(entry.date);
    const sum = months.get(month) ?? { total: 0, count: 0 };
    sum.total += entry.hope;
    sum.count += 1;
    months.set(month, sum);
  }
  return {
    granularity: 'month',
    points: [...months].map(([period, { total, count }]) => ({
      period,
      value: Math.round((total / count) * 10) / 10,
      count,
    })),
  };
}
