import { isCalendarDay } from './calendar-day.js';
import { checkText, isPlainObject } from './validate.js';
import type { RecordModel, ValidationProblem } from './model.js';
import type { AreaSet, LifeArea } from './life-areas.js';
import { isScore, SCALE_MAX, SCALE_MIN } from './rating-scale.js';

/** Whose view a reading is: the person's own, or a supporter's (a worker, peer, relative). */
export interface ReadingAuthor {
  role: 'self' | 'supporter';
  /** The supporter's name or role in their own words, for example "Sam (key worker)". */
  name?: string;
}

/** An area as it was when the reading was taken, so the reading still shows after the set changes. */
export interface ReadingArea {
  key: string;
  label: string;
}

/** One star-chart reading: a score from 1 to 10 for each life area, on a date. */
export interface Reading {
  /** The id of the area set the reading was taken with. */
  areaSetId: string;
  /** The areas of that set, in order, with their labels at the time. */
  areas: ReadingArea[];
  /** The day of the reading, `YYYY-MM-DD`. */
  takenAt: string;
  by: ReadingAuthor;
  /** Score per area key, whole numbers 1-10. Areas not rated are left out. */
  scores: Record<string, number>;
  /** An optional short note per area key. */
  notes: Record<string, string>;
  /** Up to {@link MAX_FOCUS_AREAS} area keys to work on next. */
  focusAreas: string[];
}

/** The most focus areas one reading may name. */
export const MAX_FOCUS_AREAS = 3;
/** The longest note on one area. */
export const MAX_NOTE_LENGTH = 500;
/** The longest supporter name. */
export const MAX_AUTHOR_NAME_LENGTH = 80;
const MAX_ID_LENGTH = 100;

/** The storage model for readings (`kind: 'reading'`), ordered by the day they were taken. */
export const readingModel: RecordModel<Reading> = {
  kind: 'reading',
  schemaVersion: 1,
  validate: validateReading,
  sortKey: (reading) => reading.takenAt,
};

/** A reading with nothing rated yet, for the given set, day and author. */
export function emptyReading(
  set: AreaSet,
  takenAt: string,
  by: ReadingAuthor = { role: 'self' },
): Reading {
  return {
    areaSetId: set.id,
    areas: set.areas.map(({ key, label }) => ({ key, label })),
    takenAt,
    by: { ...by },
    scores: {},
    notes: {},
    focusAreas: [],
  };
}

/**
 * Every problem with a reading, each at its field path. Scores outside 1-10 are
 * `out-of-range`; scores, notes or focus areas for a key the reading's areas do not
 * hold are `unknown`. Never throws.
 */
export function validateReading(data: unknown): ValidationProblem[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  const problems: ValidationProblem[] = [];
  checkText(problems, 'areaSetId', data.areaSetId, MAX_ID_LENGTH, true);
  const keys = checkAreas(problems, data.areas);
  if (!isCalendarDay(data.takenAt)) problems.push({ path: 'takenAt', code: 'invalid-date' });
  checkAuthor(problems, data.by);
  checkScores(problems, data.scores, keys);
  checkNotes(problems, data.notes, keys);
  checkFocusAreas(problems, data.focusAreas, keys);
  return problems;
}

function checkAreas(problems: ValidationProblem[], areas: unknown): Set<string> {
  const keys = new Set<string>();
  if (!Array.isArray(areas)) {
    problems.push({ path: 'areas', code: 'invalid-type' });
    return keys;
  }
  if (areas.length === 0) problems.push({ path: 'areas', code: 'required' });
  areas.forEach((area: unknown, index) => {
    if (
      !isPlainObject(area) ||
      typeof area.key !== 'string' ||
      area.key === '' ||
      typeof area.label !== 'string'
    ) {
      problems.push({ path: `areas.${index}`, code: 'invalid-value' });
      return;
    }
    if (keys.has(area.key)) problems.push({ path: `areas.${index}.key`, code: 'duplicate' });
    keys.add(area.key);
  });
  return keys;
}

function checkAuthor(problems: ValidationProblem[], by: unknown): void {
  if (!isPlainObject(by) || (by.role !== 'self' && by.role !== 'supporter')) {
    problems.push({ path: 'by.role', code: 'invalid-value' });
    return;
  }
  if (by.name !== undefined) checkText(problems, 'by.name', by.name, MAX_AUTHOR_NAME_LENGTH);
}

function checkScores(problems: ValidationProblem[], scores: unknown, keys: Set<string>): void {
  if (!isPlainObject(scores)) {
    problems.push({ path: 'scores', code: 'invalid-type' });
    return;
  }
  const entries = Object.entries(scores);
  if (entries.length === 0) problems.push({ path: 'scores', code: 'required' });
  for (const [key, value] of entries) {
    const path = `scores.${key}`;
    if (typeof value !== 'number') problems.push({ path, code: 'invalid-type' });
    else if (!isScore(value))
      problems.push({ path, code: 'out-of-range', params: { min: SCALE_MIN, max: SCALE_MAX } });
    if (keys.size > 0 && !keys.has(key)) problems.push({ path, code: 'unknown' });
  }
}

function checkNotes(problems: ValidationProblem[], notes: unknown, keys: Set<string>): void {
  if (!isPlainObject(notes)) {
    problems.push({ path: 'notes', code: 'invalid-type' });
    return;
  }
  for (const [key, value] of Object.entries(notes)) {
    checkText(problems, `notes.${key}`, value, MAX_NOTE_LENGTH);
    if (keys.size > 0 && !keys.has(key)) problems.push({ path: `notes.${key}`, code: 'unknown' });
  }
}

function checkFocusAreas(problems: ValidationProblem[], focus: unknown, keys: Set<string>): void {
  if (!Array.isArray(focus)) {
    problems.push({ path: 'focusAreas', code: 'invalid-type' });
    return;
  }
  if (focus.length > MAX_FOCUS_AREAS) {
    problems.push({ path: 'focusAreas', code: 'out-of-range', params: { max: MAX_FOCUS_AREAS } });
  }
  const seen = new Set<unknown>();
  focus.forEach((key: unknown, index) => {
    const path = `focusAreas.${index}`;
    if (typeof key !== 'string') problems.push({ path, code: 'invalid-type' });
    else if (seen.has(key)) problems.push({ path, code: 'duplicate' });
    else if (keys.size > 0 && !keys.has(key)) problems.push({ path, code: 'unknown' });
    seen.add(key);
  });
}

/** How one stored score can be shown: a usable score, missing, or something outside the scale. */
export type ScoreState =
  | { state: 'scored'; score: number }
  | { state: 'not-rated' }
  | { state: 'out-of-range'; raw: unknown };

/** What a reading holds for one area, without trusting the stored value. */
export function scoreState(reading: Pick<Reading, 'scores'>, key: string): ScoreState {
  const scores = isPlainObject(reading.scores) ? reading.scores : {};
  if (!Object.hasOwn(scores, key)) return { state: 'not-rated' };
  const raw: unknown = scores[key];
  return isScore(raw) ? { state: 'scored', score: raw } : { state: 'out-of-range', raw };
}

/**
 * The areas to show a reading against: the given set's areas when the reading was
 * taken with that set, otherwise the areas stored in the reading itself.
 */
export function areasForReading(
  reading: Pick<Reading, 'areaSetId' | 'areas'>,
  set: AreaSet,
): readonly LifeArea[] {
  if (reading.areaSetId === set.id || !Array.isArray(reading.areas) || reading.areas.length === 0)
    return set.areas;
  return reading.areas;
}

/** Keys scored in a reading that none of `areas` has, in stored order. */
export function unknownAreaKeys(
  reading: Pick<Reading, 'scores'>,
  areas: readonly Pick<LifeArea, 'key'>[],
): string[] {
  const known = new Set(areas.map((area) => area.key));
  return Object.keys(isPlainObject(reading.scores) ? reading.scores : {}).filter(
    (key) => !known.has(key),
  );
}

/**
 * The reading taken before `current` by the same kind of author (the person's own
 * before their own, a supporter's before a supporter's). `readings` is ordered oldest
 * first, as the store lists them; `current` must be one of its entries.
 */
export function previousReading<R extends { by: ReadingAuthor }>(
  readings: readonly R[],
  current: R,
): R | undefined {
  const index = readings.indexOf(current);
  for (let i = index - 1; i >= 0; i -= 1) {
    if (readings[i].by?.role === current.by?.role) return readings[i];
  }
  return undefined;
}

/** How one area moved between two readings. `change` is set only when both scores are usable. */
export interface AreaChange {
  key: string;
  label: string;
  now: ScoreState;
  before: ScoreState;
  direction: 'up' | 'down' | 'same' | 'new' | 'not-comparable';
  change?: number;
}

/**
 * Per-area change from `before` to `now`, for each of `areas`. `new` means rated now but
 * not before; `not-comparable` means one of the two is missing or outside the scale.
 */
export function changesBetween(
  now: Pick<Reading, 'scores'>,
  before: Pick<Reading, 'scores'> | undefined,
  areas: readonly LifeArea[],
): AreaChange[] {
  return areas.map(({ key, label }) => {
    const nowState = scoreState(now, key);
    const beforeState: ScoreState = before ? scoreState(before, key) : { state: 'not-rated' };
    if (nowState.state === 'scored' && beforeState.state === 'scored') {
      const change = nowState.score - beforeState.score;
      const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
      return { key, label, now: nowState, before: beforeState, direction, change };
    }
    const direction =
      nowState.state === 'scored' && beforeState.state === 'not-rated' ? 'new' : 'not-comparable';
    return { key, label, now: nowState, before: beforeState, direction };
  });
}

/**
 * A reading ready to save: notes trimmed and empty ones dropped, notes and focus areas
 * kept only for areas the reading holds, focus areas de-duplicated and capped.
 */
export function tidyReading(reading: Reading): Reading {
  const keys = new Set(reading.areas.map((area) => area.key));
  const notes: Record<string, string> = {};
  for (const [key, note] of Object.entries(reading.notes)) {
    const text = note.trim();
    if (text !== '' && keys.has(key)) notes[key] = text;
  }
  const focusAreas = [...new Set(reading.focusAreas)]
    .filter((key) => keys.has(key))
    .slice(0, MAX_FOCUS_AREAS);
  const name = reading.by.name?.trim();
  const by: ReadingAuthor =
    reading.by.role === 'supporter' && name
      ? { role: 'supporter', name }
      : { role: reading.by.role };
  return {
    ...reading,
    by,
    notes,
    focusAreas,
    scores: { ...reading.scores },
    areas: reading.areas.map((a) => ({ ...a })),
  };
}

/**
 * A reading safe to display, from stored data of any shape (for example a record the
 * store marked `invalid`): fields of the wrong type become empty, areas without a key
 * are dropped, and scores are kept exactly as stored so out-of-range values can be shown
 * as such. `undefined` when the data is not an object at all.
 */
export function readableReading(data: unknown): Reading | undefined {
  if (!isPlainObject(data)) return undefined;
  const areas = (Array.isArray(data.areas) ? data.areas : [])
    .filter(
      (area: unknown): area is Record<string, unknown> =>
        isPlainObject(area) && typeof area.key === 'string' && area.key !== '',
    )
    .map((area) => ({
      key: area.key as string,
      label:
        typeof area.label === 'string' && area.label !== '' ? area.label : (area.key as string),
    }));
  const by: ReadingAuthor =
    isPlainObject(data.by) && data.by.role === 'supporter'
      ? typeof data.by.name === 'string' && data.by.name !== ''
        ? { role: 'supporter', name: data.by.name }
        : { role: 'supporter' }
      : { role: 'self' };
  const notes = Object.fromEntries(
    Object.entries(isPlainObject(data.notes) ? data.notes : {}).filter(
      ([, note]) => typeof note === 'string',
    ),
  );
  return {
    areaSetId: typeof data.areaSetId === 'string' ? data.areaSetId : '',
    areas,
    takenAt: typeof data.takenAt === 'string' ? data.takenAt : '',
    by,
    scores: (isPlainObject(data.scores) ? { ...data.scores } : {}) as Record<string, number>,
    notes: notes as Record<string, string>,
    focusAreas: Array.isArray(data.focusAreas)
      ? data.focusAreas.filter((key): key is string => typeof key === 'string')
      : [],
  };
}
