/**
 * What the journal's views sum up over every entry - the tags in use, how often each
 * CHIME process comes up, and the hope check-ins over time - kept up to date one entry
 * at a time, so that a change costs what changed, not the size of the journal. DOM-free.
 */
import { CHIME_KEYS, type ChimeKey } from './chime.js';
import { entrySortKey, type Entry } from './entry.js';

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

/** Check-ins shown one by one up to this many; beyond, one average per month. */
export const HOPE_POINTS_MAX = 60;

interface CheckIn {
  key: string;
  id: string;
  date: string;
  hope: number;
}

/** Oldest first; entries written at the same moment in the journal's list order (larger id first). */
function compareCheckIns(a: CheckIn, b: CheckIn): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** Where `item` belongs in `sorted` (ordered by `compare`): the first place not before it. */
export function sortedIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle], item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The check-in an entry adds to the series, if it has one. */
function checkInOf(id: string, entry: Entry): CheckIn | undefined {
  if (typeof entry.hope !== 'number' || entry.date === '') return undefined;
  return { key: entrySortKey(entry), id, date: entry.date, hope: entry.hope };
}

/** The month of a `YYYY-MM-DD` date, `YYYY-MM`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * Every entry's contribution to the journal's summaries, added and taken away one entry
 * at a time (`add`, `remove`; an edit is both). Each summary is worked out again only
 * when something it depends on changed, and is the same object until then (so a chart
 * redraws only when the check-ins changed). Gives exactly what {@link tagsInUse},
 * {@link chimeFrequency} and {@link hopeSeries} give for the same entries.
 */
export class JournalSummary {
  /** Tag key (lower case) -> each spelling of it -> how many entries use that spelling. */
  readonly #tags = new Map<string, Map<string, number>>();
  #chime = emptyChimeCounts();
  /** Check-ins, oldest first. */
  #checkIns: CheckIn[] = [];
  #tagList: string[] | undefined;
  #series: HopeSeries | undefined;

  /** Counts `entry` (held under `id`) in. */
  add(id: string, entry: Entry): void {
    this.#count(id, entry, 1);
  }

  /** Takes `entry` (as it was counted in under `id`) out again. */
  remove(id: string, entry: Entry): void {
    this.#count(id, entry, -1);
  }

  /** Forgets every entry. */
  clear(): void {
    this.#tags.clear();
    this.#chime = emptyChimeCounts();
    this.#checkIns = [];
    this.#tagList = undefined;
    this.#series = undefined;
  }

  /** Every tag in use, each once (its most used spelling), sorted for a picker. */
  get tags(): string[] {
    this.#tagList ??= [...this.#tags.values()].map(preferredSpelling).sort(byLocale);
    return this.#tagList;
  }

  /** How many entries mention each CHIME process (every key present). */
  get chimeCounts(): Readonly<Record<ChimeKey, number>> {
    return this.#chime;
  }

  /** The hope check-ins, oldest first: one by one up to {@link HOPE_POINTS_MAX}, else monthly averages. */
  get hopeSeries(): HopeSeries {
    this.#series ??= seriesOf(this.#checkIns);
    return this.#series;
  }

  #count(id: string, entry: Entry, step: 1 | -1): void {
    for (const tag of entry.tags) this.#countTag(tag, step);
    const chime = new Set(entry.chime.filter((key) => key in this.#chime));
    if (chime.size) {
      this.#chime = { ...this.#chime };
      for (const key of chime) this.#chime[key] += step;
    }
    const checkIn = checkInOf(id, entry);
    if (!checkIn) return;
    const at = sortedIndex(this.#checkIns, checkIn, compareCheckIns);
    if (step > 0) this.#checkIns.splice(at, 0, checkIn);
    else if (compareCheckIns(this.#checkIns[at] ?? checkIn, checkIn) === 0)
      this.#checkIns.splice(at, 1);
    this.#series = undefined;
  }

  #countTag(tag: string, step: 1 | -1): void {
    const key = tag.toLocaleLowerCase();
    const spellings = this.#tags.get(key) ?? new Map<string, number>();
    const count = (spellings.get(tag) ?? 0) + step;
    if (count > 0) spellings.set(tag, count);
    else spellings.delete(tag);
    if (spellings.size) this.#tags.set(key, spellings);
    else this.#tags.delete(key);
    this.#tagList = undefined;
  }
}

const byLocale = (a: string, b: string): number => a.localeCompare(b);

function emptyChimeCounts(): Record<ChimeKey, number> {
  return Object.fromEntries(CHIME_KEYS.map((key) => [key, 0])) as Record<ChimeKey, number>;
}

/** The spelling most entries use; on a tie, the first in the picker's order. */
function preferredSpelling(spellings: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [spelling, count] of spellings) {
    if (count > most || (count === most && byLocale(spelling, best) < 0)) {
      best = spelling;
      most = count;
    }
  }
  return best;
}

function seriesOf(checkIns: readonly CheckIn[], maxPoints = HOPE_POINTS_MAX): HopeSeries {
  if (checkIns.length <= maxPoints) {
    return {
      granularity: 'check-in',
      points: checkIns.map(({ date, hope }) => ({ period: date, value: hope, count: 1 })),
    };
  }
  const months = new Map<string, { total: number; count: number }>();
  for (const { date, hope } of checkIns) {
    const month = monthOf(date);
    const sum = months.get(month) ?? { total: 0, count: 0 };
    sum.total += hope;
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

/** Every tag in use in `entries`, each once (its most used spelling), sorted for a picker. */
export function tagsInUse(entries: Iterable<Entry>): string[] {
  return summaryOf(entries).tags;
}

/** How many of `entries` mention each CHIME process (every key present, zero when unused). */
export function chimeFrequency(entries: Iterable<Entry>): Record<ChimeKey, number> {
  return { ...summaryOf(entries).chimeCounts };
}

/**
 * The hope check-ins in `entries`, oldest first. Up to `maxPoints` check-ins are shown
 * one by one; beyond that, one average per month, so the chart and its table stay readable.
 */
export function hopeSeries(entries: Iterable<Entry>, maxPoints = HOPE_POINTS_MAX): HopeSeries {
  const checkIns: CheckIn[] = [];
  let index = 0;
  for (const entry of entries) {
    const checkIn = checkInOf(String(index++), entry);
    if (checkIn) checkIns.push(checkIn);
  }
  // Same moment: in the order given (as the journal lists them).
  checkIns.sort((a, b) =>
    a.key !== b.key ? (a.key < b.key ? -1 : 1) : Number(a.id) - Number(b.id),
  );
  return seriesOf(checkIns, maxPoints);
}

function summaryOf(entries: Iterable<Entry>): JournalSummary {
  const summary = new JournalSummary();
  let index = 0;
  for (const entry of entries) summary.add(String(index++), entry);
  return summary;
}
