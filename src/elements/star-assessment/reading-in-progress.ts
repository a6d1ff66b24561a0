import type { ReactiveControllerHost } from 'lit';
import { newId } from '../../core/ids.js';
import type { AreaSet } from '../../core/life-areas.js';
import { localDay } from '../../core/calendar-day.js';
import { emptyReading, type Reading } from '../../core/reading.js';
import type { UnsavedTyping } from '../controllers/unsaved-typing.js';

/** The leave-journal slot of the reading being taken. */
const SLOT = 'reading';

/** The reading being taken, as the leave journal keeps it: its id-to-be and the reading. */
interface KeptReading {
  id: string;
  reading: Reading;
}

/**
 * The reading a person is taking and has not saved: the scores, notes and choices on
 * the form, and the id it will be saved under. Every change is kept in the leave journal
 * at once (it waits for the person to press Save), so leaving the page loses nothing;
 * the next visit brings it back unless it was saved meanwhile.
 */
export class ReadingInProgress {
  /** The reading on the form. */
  reading: Reading;
  /** The id it will be saved under (kept with it, so a reading saved elsewhere is not restored). */
  id = newId();

  readonly #host: ReactiveControllerHost;
  readonly #typing: () => UnsavedTyping;
  readonly #edited: () => void;

  /** `edited` runs on each change the person makes (to clear a message about the form). */
  constructor(
    host: ReactiveControllerHost,
    set: AreaSet,
    typing: () => UnsavedTyping,
    edited: () => void = () => undefined,
  ) {
    this.#host = host;
    this.#typing = typing;
    this.#edited = edited;
    this.reading = emptyReading(set, localDay());
  }

  /** True once any area is rated. */
  get rated(): boolean {
    return Object.keys(this.reading.scores).length > 0;
  }

  /** Changes the reading on the form and keeps it in the leave journal. */
  edit(change: Partial<Reading>): void {
    this.reading = { ...this.reading, ...change };
    this.#typing().keep(SLOT, { id: this.id, reading: this.reading }, { wait: 'person' });
    this.#edited();
    this.#host.requestUpdate();
  }

  setScore(key: string, score: number | undefined): void {
    const scores = { ...this.reading.scores };
    if (score === undefined) delete scores[key];
    else scores[key] = score;
    this.edit({ scores });
  }

  setNote(key: string, note: string): void {
    this.edit({ notes: { ...this.reading.notes, [key]: note } });
  }

  setFocus(key: string, chosen: boolean): void {
    const rest = this.reading.focusAreas.filter((k) => k !== key);
    this.edit({ focusAreas: chosen ? [...rest, key] : rest });
  }

  /** Moves the reading to another area set, keeping what was rated for areas it still has. */
  useAreas(set: AreaSet): void {
    if (this.reading.areaSetId === set.id) return;
    const keys = new Set(set.areas.map((area) => area.key));
    const keep = <V>(values: Record<string, V>) =>
      Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
    this.reading = {
      ...emptyReading(set, this.reading.takenAt, this.reading.by),
      scores: keep(this.reading.scores),
      notes: keep(this.reading.notes),
      focusAreas: this.reading.focusAreas.filter((key) => keys.has(key)),
    };
    this.#host.requestUpdate();
  }

  /** Brings back a reading rated and not saved on an earlier visit (unless `saved(id)`, or rating has begun). */
  async restore(saved: (id: string) => boolean): Promise<void> {
    const typing = this.#typing();
    const kept = (await typing.left<KeptReading>(SLOT)).at(-1);
    if (!kept) return;
    typing.settle(kept);
    if (saved(kept.value.id) || this.rated) return;
    this.id = kept.value.id;
    this.edit(kept.value.reading);
  }

  /** A blank form for the next reading (after saving it, or after everything was erased). */
  clear(set: AreaSet): void {
    this.#typing().committed(SLOT);
    this.id = newId();
    this.reading = emptyReading(set, localDay());
    this.#host.requestUpdate();
  }
}
