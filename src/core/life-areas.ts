import { checkText, isPlainObject } from './validate.js';
import type { ValidationProblem } from './model.js';
import { DEFAULT_AREA_SET_ID, SCALE_MAX, SCALE_MIN, isScore } from './rating-scale.js';

export { DEFAULT_AREA_SET_ID, SCALE_MAX, SCALE_MIN, isScore } from './rating-scale.js';

/**
 * Words for one point or a run of points on the 1-10 scale, for example
 * `{ from: 5, to: 6, label: 'Some good days, some hard ones' }`.
 */
export interface ScaleAnchor {
  from: number;
  /** The last point the words apply to; the same as `from` when omitted. */
  to?: number;
  label: string;
}

/** One life area a person rates. `key` is a stable identifier stored in readings. */
export interface LifeArea {
  key: string;
  label: string;
  /** A short sentence saying what the area covers. */
  description?: string;
  /** Words for points on the scale for this area; the set's anchors apply when omitted. */
  anchors?: readonly ScaleAnchor[];
}

/**
 * A set of life areas with the scale anchors that go with it. `id` is stored with
 * every reading, so a reading taken with another set still shows its own areas.
 */
export interface AreaSet {
  id: string;
  areas: readonly LifeArea[];
  anchors: readonly ScaleAnchor[];
}

/**
 * What a host may give the element's `areas` property: a list of areas, or a set with
 * an explicit id and anchors. A list gets an id derived from its keys ({@link areaSetId}).
 */
export type AreaSetInput =
  | readonly LifeArea[]
  | { id?: string; areas: readonly LifeArea[]; anchors?: readonly ScaleAnchor[] };

/** The neutral default anchors: words only at the ends and the middle of the scale. */
export const DEFAULT_ANCHORS: readonly ScaleAnchor[] = Object.freeze([
  { from: 1, label: 'Really hard right now' },
  { from: 5, to: 6, label: 'Some good days, some hard ones' },
  { from: 10, label: 'Going really well' },
]);

/** The default life areas, in recovery-kit's own words. */
export const DEFAULT_AREAS: readonly LifeArea[] = Object.freeze([
  {
    key: 'wellbeing',
    label: 'Mental wellbeing',
    description: 'How you feel in yourself, day to day.',
  },
  {
    key: 'body',
    label: 'Physical health and self-care',
    description: 'Sleep, food, movement and looking after your body.',
  },
  {
    key: 'home',
    label: 'Home and feeling safe',
    description: 'Where you live and how safe you feel there.',
  },
  {
    key: 'money',
    label: 'Money and practical matters',
    description: 'Income, bills, forms and everyday practical things.',
  },
  {
    key: 'activity',
    label: 'Work, learning and how I spend my time',
    description: 'Work, study, volunteering and the things you do with your days.',
  },
  {
    key: 'people',
    label: 'Friends, family and community',
    description: 'The people around you and feeling part of something.',
  },
  {
    key: 'self',
    label: 'Confidence and sense of self',
    description: 'How you see yourself and trust your own choices.',
  },
  {
    key: 'hope',
    label: 'Hope for the future',
    description: 'Believing things can get better and having something to look forward to.',
  },
]);

/** The default area set: {@link DEFAULT_AREAS} with {@link DEFAULT_ANCHORS}. */
export const DEFAULT_AREA_SET: AreaSet = Object.freeze({
  id: DEFAULT_AREA_SET_ID,
  areas: DEFAULT_AREAS,
  anchors: DEFAULT_ANCHORS,
});

/** The longest area key or label a set may hold. */
export const MAX_AREA_KEY_LENGTH = 64;
export const MAX_AREA_LABEL_LENGTH = 120;

/**
 * A stable id for a list of areas, derived from its keys in order: the default id for
 * the default keys, otherwise `areas-` and a short hash, so the same host set always
 * gets the same id.
 */
export function areaSetId(areas: readonly Pick<LifeArea, 'key'>[]): string {
  const keys = areas.map((area) => area.key);
  const defaultKeys = DEFAULT_AREAS.map((area) => area.key);
  if (keys.length === defaultKeys.length && keys.every((key, i) => key === defaultKeys[i])) {
    return DEFAULT_AREA_SET_ID;
  }
  return `areas-${fnv1a(keys.join('\u0000'))}`;
}

/** 32-bit FNV-1a hash as 8 hex digits; enough to tell area sets apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The outcome of checking a host's area set: the usable set, or every problem found. */
export type AreaSetCheck =
  { ok: true; set: AreaSet } | { ok: false; problems: ValidationProblem[] };

/**
 * Checks an area set supplied by a host and normalises it. Problems (each with a path
 * such as `areas.2.key`): not a list (`invalid-type`), no areas (`required`), an empty
 * or over-long key or label (`required` / `too-long`), a key used twice (`duplicate`),
 * an anchor outside the scale (`out-of-range`). Never throws.
 */
export function checkAreaSet(input: unknown): AreaSetCheck {
  const problems: ValidationProblem[] = [];
  let list: unknown;
  let id: unknown;
  let anchors: unknown;
  if (Array.isArray(input)) {
    list = input;
  } else if (isPlainObject(input)) {
    list = input.areas;
    id = input.id;
    anchors = input.anchors;
  }
  if (!Array.isArray(list)) {
    return { ok: false, problems: [{ path: 'areas', code: 'invalid-type' }] };
  }
  if (list.length === 0) problems.push({ path: 'areas', code: 'required' });
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) {
    problems.push({ path: 'id', code: 'invalid-value' });
  }
  const seen = new Set<string>();
  const areas: LifeArea[] = [];
  list.forEach((item: unknown, index) => {
    const path = `areas.${index}`;
    if (!isPlainObject(item)) {
      problems.push({ path, code: 'invalid-type' });
      return;
    }
    const key = typeof item.key === 'string' ? item.key.trim() : '';
    const label = typeof item.label === 'string' ? item.label.trim() : '';
    checkText(problems, `${path}.key`, key, MAX_AREA_KEY_LENGTH, true);
    checkText(problems, `${path}.label`, label, MAX_AREA_LABEL_LENGTH, true);
    if (key !== '' && seen.has(key))
      problems.push({ path: `${path}.key`, code: 'duplicate', params: { key } });
    seen.add(key);
    const area: LifeArea = { key, label };
    if (typeof item.description === 'string' && item.description.trim() !== '') {
      area.description = item.description.trim();
    }
    if (item.anchors !== undefined)
      area.anchors = checkAnchors(problems, `${path}.anchors`, item.anchors);
    areas.push(area);
  });
  const setAnchors =
    anchors === undefined ? DEFAULT_ANCHORS : checkAnchors(problems, 'anchors', anchors);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    set: { id: typeof id === 'string' ? id.trim() : areaSetId(areas), areas, anchors: setAnchors },
  };
}

function checkAnchors(problems: ValidationProblem[], path: string, input: unknown): ScaleAnchor[] {
  if (!Array.isArray(input)) {
    problems.push({ path, code: 'invalid-type' });
    return [];
  }
  const anchors: ScaleAnchor[] = [];
  input.forEach((item: unknown, index) => {
    const at = `${path}.${index}`;
    if (!isPlainObject(item) || typeof item.label !== 'string' || item.label.trim() === '') {
      problems.push({ path: at, code: 'invalid-value' });
      return;
    }
    const from = item.from;
    const to = item.to ?? from;
    if (!isScore(from) || !isScore(to) || (to as number) < (from as number)) {
      problems.push({ path: at, code: 'out-of-range', params: { min: SCALE_MIN, max: SCALE_MAX } });
      return;
    }
    anchors.push(
      to === from
        ? { from, label: item.label.trim() }
        : { from, to: to as number, label: item.label.trim() },
    );
  });
  return anchors;
}

/** The anchor words for `score` in `area` (its own anchors, else the set's), if any. */
export function anchorFor(
  score: number,
  area: LifeArea,
  set: Pick<AreaSet, 'anchors'>,
): string | undefined {
  const anchors = area.anchors ?? set.anchors;
  return anchors.find((anchor) => score >= anchor.from && score <= (anchor.to ?? anchor.from))
    ?.label;
}
