import type { ReactiveControllerHost } from 'lit';
import { DEFAULT_AREA_SET, type AreaSet } from '../../core/life-areas.js';
import { areasForReading, type Reading } from '../../core/reading.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { RadarSeries } from './radar-spec.js';
import { readingEntries, shownEntries, type ReadingEntry } from './reading-entries.js';
import { initialShown, MAX_SHOWN_READINGS } from './shown-readings.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** What the history is worked out from, each time the element updates. */
export interface HistoryInputs {
  items: readonly StoredItem<Reading>[];
  strings: StarAssessmentStrings;
  locale: string;
  /** The host's `show`, and whether it changed in this update. */
  show: string | undefined;
  showChanged: boolean;
  /** True once the readings were read (and did not fail); `readyChanged` in this update. */
  ready: boolean;
  readyChanged: boolean;
  set: AreaSet;
}

/** True when two lists hold the same values, item by item. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * The saved readings as the history lists them, and which of them the history chart
 * shows: the host's `show` until the person picks readings themselves, then theirs
 * (never stored). Worked out again only when what it depends on changed.
 */
export class ShownHistory {
  /** Every saved reading, named, oldest first. */
  entries: ReadingEntry[] = [];
  /** The readings shown on the chart. */
  ids: string[] = [];
  /** The shown readings as chart series, and the areas they are drawn on. */
  series: RadarSeries[] = [];
  areas: AreaSet['areas'] = DEFAULT_AREA_SET.areas;

  readonly #host: ReactiveControllerHost;
  #chosen = false;
  #entriesKey: unknown[] = [];
  #seriesKey: unknown[] = [];
  /** The last warning about `show`, so each is given once. */
  #warned: string | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Brings everything up to date (from the element's `willUpdate`). */
  refresh(o: HistoryInputs): void {
    const entriesKey = [o.items, o.strings, o.locale];
    const fresh = !sameItems(entriesKey, this.#entriesKey);
    if (fresh) {
      this.#entriesKey = entriesKey;
      this.entries = readingEntries(o.items, o.strings, o.locale);
      // Forget shown readings that are gone (removed here or in another tab).
      this.ids = this.ids.filter((id) =>
        this.entries.some((entry) => entry.id === id && entry.reading),
      );
    }
    // Until the person picks readings themselves, show those the host names in `show`.
    if ((fresh || o.readyChanged || o.showChanged) && (!this.#chosen || this.ids.length === 0)) {
      const { ids, warning } = initialShown(this.entries, o.show, o.ready);
      if (warning && warning !== this.#warned)
        console.warn(`recovery-kit: <rk-star-assessment> ${warning}`);
      this.#warned = warning;
      this.ids = ids;
    }
    const seriesKey = [this.entries, this.ids, o.set];
    if (sameItems(seriesKey, this.#seriesKey)) return;
    this.#seriesKey = seriesKey;
    const shown = shownEntries({ entries: this.entries, shownIds: this.ids });
    this.series = shown.map((entry) => ({
      key: entry.id,
      name: entry.name,
      reading: entry.reading as Reading,
    }));
    this.areas = shown[0]?.reading ? areasForReading(shown[0].reading, o.set) : o.set.areas;
  }

  /** The person ticked or unticked a reading (at most the newest three ticked stay shown). */
  choose(id: string, shown: boolean): void {
    this.#chosen = true;
    const rest = this.ids.filter((other) => other !== id);
    this.ids = shown ? [...rest, id].slice(-MAX_SHOWN_READINGS) : rest;
    this.#host.requestUpdate();
  }

  /** Shows just this reading (one just saved: its details say how it changed since the one before). */
  showOnly(id: string): void {
    this.#chosen = true;
    this.ids = [id];
    this.#host.requestUpdate();
  }

  /** Stops showing a reading (removed). */
  hide(id: string): void {
    this.ids = this.ids.filter((shown) => shown !== id);
    this.#host.requestUpdate();
  }
}
