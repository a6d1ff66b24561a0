import type { AreaSet } from '../../core/life-areas.js';
import { formatDay } from '../../i18n/date-display.js';
import { readableReading, type Reading } from '../../core/reading.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** One saved reading as the history shows it. */
export interface ReadingEntry {
  id: string;
  item: StoredItem<Reading>;
  /** The stored reading, unless it could not be read at all. */
  reading: Reading | undefined;
  /** "3 March 2026, your view". */
  name: string;
}

/** Oldest first: by the day taken, then by when it was saved. */
function order(entry: ReadingEntry): string {
  return `${entry.reading?.takenAt ?? ''}\u0000${entry.item.record?.createdAt ?? ''}`;
}

/** Stored readings as the history shows them, named in words, oldest first. */
export function readingEntries(
  items: readonly StoredItem<Reading>[],
  s: StarAssessmentStrings,
  locale: string,
): ReadingEntry[] {
  return items
    .map((item) => {
      const reading = readableReading(item.record?.data);
      const name = reading
        ? s.readingName(formatDay(reading.takenAt, locale), authorName(reading, s))
        : s.unreadableReading;
      return { id: item.id, item, reading, name };
    })
    .sort((a, b) => order(a).localeCompare(order(b)));
}

/** What the history needs from the element. */
export interface HistoryContext {
  /** Every saved reading, oldest first. */
  entries: readonly ReadingEntry[];
  shownIds: readonly string[];
  set: AreaSet;
  s: StarAssessmentStrings;
  locale: string;
  readonly: boolean;
  /** The reading waiting for "Yes, remove it", if any. */
  confirmingRemoveId: string | undefined;
  onToggleShown(id: string, shown: boolean): void;
  onAskRemove(id: string | undefined): void;
  onRemove(id: string): void;
}

/** How an author is named: "your view" or "Sam’s view". */
export function authorName(reading: Reading | undefined, s: StarAssessmentStrings): string {
  return reading?.by?.role === 'supporter' ? s.supporterViewOf(reading.by.name ?? '') : s.yourView;
}

/**
 * The readings to draw, the person's own first (newest first), then supporters'.
 * Readings that could not be read at all are left out.
 */
export function shownEntries(ctx: Pick<HistoryContext, 'entries' | 'shownIds'>): ReadingEntry[] {
  const rank = (entry: ReadingEntry) => (entry.reading?.by?.role === 'supporter' ? 1 : 0);
  return ctx.entries
    .filter((entry) => entry.reading && ctx.shownIds.includes(entry.id))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || String(b.reading?.takenAt).localeCompare(String(a.reading?.takenAt)),
    );
}
