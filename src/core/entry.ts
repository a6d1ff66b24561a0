/**
 * The hope-journal entry: a DOM-free model with validation, normalisation and the
 * ordering key the store uses to list entries newest first.
 */
import { isCalendarDay, localDay } from './calendar-day.js';
import { checkList, checkText, isPlainObject, isTimestamp } from './validate.js';
import type { RecordModel, ValidationProblem } from './model.js';
import { isChimeKey, type ChimeKey } from './chime.js';

/** One of the "three good things": what happened and why it mattered. */
export interface GoodThing {
  what: string;
  why: string;
}

/** The prompt an entry was started from, kept as the person saw it. */
export interface EntryPrompt {
  id: string;
  text: string;
}

/** A journal entry (record kind `entry`). */
export interface Entry {
  /** What the person wrote. May be empty only when `goodThings` holds some text. */
  body: string;
  /** The prompt the entry started from, or null when written freely. */
  prompt: EntryPrompt | null;
  /** Up to three good things (the "three good things" prompt); empty otherwise. */
  goodThings: GoodThing[];
  /** The optional personal hope check-in, 0-10 (not a measure), or null. */
  hope: number | null;
  /** The person's own tags. */
  tags: string[];
  /** CHIME processes the entry relates to. */
  chime: ChimeKey[];
  /** Pinned entries are the ones that lift the person; they can be filtered. */
  pinned: boolean;
  /** The day the entry is about, `YYYY-MM-DD` (today by default, earlier allowed). */
  date: string;
  /**
   * When the entry was first written (ISO 8601). Orders entries within one day,
   * because the store's ordering key can only be built from the entry itself.
   */
  writtenAt: string;
}

/** Limits, shared by validation and the composer's field limits. */
export const ENTRY_LIMITS = Object.freeze({
  /** Characters in the body: room for very long entries (100 kB and more). */
  body: 250_000,
  goodThings: 3,
  goodThingText: 2_000,
  tags: 30,
  tagText: 50,
  promptText: 1_000,
  hopeMin: 0,
  hopeMax: 10,
});

/** The hope check-in's range. */
export const HOPE_MIN = ENTRY_LIMITS.hopeMin;
export const HOPE_MAX = ENTRY_LIMITS.hopeMax;

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function validateGoodThings(problems: ValidationProblem[], value: unknown): void {
  if (!checkList(problems, 'goodThings', value, ENTRY_LIMITS.goodThings)) return;
  value.forEach((thing: unknown, index) => {
    if (!isPlainObject(thing)) {
      problems.push({ path: `goodThings.${index}`, code: 'invalid-type' });
      return;
    }
    checkText(problems, `goodThings.${index}.what`, thing.what, ENTRY_LIMITS.goodThingText);
    checkText(problems, `goodThings.${index}.why`, thing.why, ENTRY_LIMITS.goodThingText);
  });
}

function validateTags(problems: ValidationProblem[], value: unknown): void {
  if (!checkList(problems, 'tags', value, ENTRY_LIMITS.tags)) return;
  const seen = new Set<string>();
  value.forEach((tag: unknown, index) => {
    const path = `tags.${index}`;
    if (!checkText(problems, path, tag, ENTRY_LIMITS.tagText)) return;
    const key = tag.trim().toLocaleLowerCase();
    if (key === '') problems.push({ path, code: 'required' });
    else if (seen.has(key)) problems.push({ path, code: 'duplicate' });
    seen.add(key);
  });
}

function validateChime(problems: ValidationProblem[], value: unknown): void {
  if (!Array.isArray(value)) {
    problems.push({ path: 'chime', code: 'invalid-type' });
    return;
  }
  const seen = new Set<unknown>();
  value.forEach((key: unknown, index) => {
    if (!isChimeKey(key)) problems.push({ path: `chime.${index}`, code: 'invalid-value' });
    else if (seen.has(key)) problems.push({ path: `chime.${index}`, code: 'duplicate' });
    seen.add(key);
  });
}

function validatePrompt(problems: ValidationProblem[], value: unknown): void {
  if (value === null) return;
  if (!isPlainObject(value)) {
    problems.push({ path: 'prompt', code: 'invalid-type' });
    return;
  }
  checkText(problems, 'prompt.id', value.id, ENTRY_LIMITS.promptText);
  checkText(problems, 'prompt.text', value.text, ENTRY_LIMITS.promptText);
}

/** Every problem with `data` as an entry, each with its field path. */
export function validateEntry(data: unknown): ValidationProblem[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  const problems: ValidationProblem[] = [];
  checkText(problems, 'body', data.body, ENTRY_LIMITS.body);
  validateGoodThings(problems, data.goodThings);
  const goodThingsWritten =
    Array.isArray(data.goodThings) &&
    data.goodThings.some(
      (thing: unknown) => isPlainObject(thing) && (hasText(thing.what) || hasText(thing.why)),
    );
  if (!hasText(data.body) && !goodThingsWritten) problems.push({ path: 'body', code: 'required' });
  validatePrompt(problems, data.prompt);
  if (data.hope !== null) {
    if (typeof data.hope !== 'number' || !Number.isInteger(data.hope)) {
      problems.push({ path: 'hope', code: 'invalid-type' });
    } else if (data.hope < HOPE_MIN || data.hope > HOPE_MAX) {
      problems.push({
        path: 'hope',
        code: 'out-of-range',
        params: { min: HOPE_MIN, max: HOPE_MAX },
      });
    }
  }
  validateTags(problems, data.tags);
  validateChime(problems, data.chime);
  if (typeof data.pinned !== 'boolean') problems.push({ path: 'pinned', code: 'invalid-type' });
  if (!isCalendarDay(data.date)) problems.push({ path: 'date', code: 'invalid-date' });
  if (!isTimestamp(data.writtenAt)) problems.push({ path: 'writtenAt', code: 'invalid-date' });
  return problems;
}

/**
 * Tidies what a person typed before saving: trims tags, drops empty and repeated
 * ones (case-insensitively, first spelling wins), drops empty good things, keeps
 * CHIME keys unique and in the framework's order. The body is kept exactly as typed.
 */
export function normalizeEntry(entry: Entry): Entry {
  const seenTags = new Set<string>();
  const tags: string[] = [];
  for (const raw of entry.tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seenTags.has(key)) continue;
    seenTags.add(key);
    tags.push(tag);
  }
  const goodThings = entry.goodThings
    .map((thing) => ({ what: thing.what.trim(), why: thing.why.trim() }))
    .filter((thing) => thing.what !== '' || thing.why !== '');
  const chime = [...new Set(entry.chime)].filter(isChimeKey);
  return { ...entry, tags, goodThings, chime };
}

/** Splits a comma-separated tag field into tags (the composer's tag input). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** A new, empty entry for `date` written at `writtenAt`. */
export function emptyEntry(date: string, writtenAt: string): Entry {
  return {
    body: '',
    prompt: null,
    goodThings: [],
    hope: null,
    tags: [],
    chime: [],
    pinned: false,
    date,
    writtenAt,
  };
}

/**
 * The store's ordering key: the entry's day, then when it was written, so a
 * descending list shows the newest day first and the latest entry of a day first.
 */
export function entrySortKey(entry: Pick<Entry, 'date' | 'writtenAt'>): string {
  return `${entry.date}|${entry.writtenAt}`;
}

/** The record model the store uses for journal entries. */
export const entryModel: RecordModel<Entry> = {
  kind: 'entry',
  schemaVersion: 1,
  validate: validateEntry,
  sortKey: entrySortKey,
};

/**
 * An entry as far as it can be read from data that failed validation or has a newer
 * schema: every field that has the right type is kept, the rest get harmless
 * defaults. Used only to show such a record read-only, never to write it back.
 */
export function readableEntry(data: unknown): Entry {
  const source = isPlainObject(data) ? data : {};
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const prompt = isPlainObject(source.prompt)
    ? { id: text(source.prompt.id), text: text(source.prompt.text) }
    : null;
  const goodThings = Array.isArray(source.goodThings)
    ? source.goodThings
        .filter(isPlainObject)
        .map((thing) => ({ what: text(thing.what), why: text(thing.why) }))
    : [];
  return {
    body: text(source.body),
    prompt,
    goodThings,
    hope: typeof source.hope === 'number' && Number.isFinite(source.hope) ? source.hope : null,
    tags: strings(source.tags),
    chime: strings(source.chime).filter(isChimeKey),
    pinned: source.pinned === true,
    date: isCalendarDay(source.date) ? source.date : '',
    writtenAt: text(source.writtenAt),
  };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = isCalendarDay;
/** The local calendar date of `now` as `YYYY-MM-DD`. */
export const localIsoDate = localDay;
