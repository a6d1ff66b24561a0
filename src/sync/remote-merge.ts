import { mergeEntryEdits } from '../core/entry-merge.js';
import type { Entry } from '../core/entry.js';
import type { Goal } from '../core/goal.js';
import { mergeGoals } from '../core/goal-merge.js';
import { createPlan, validatePlan, type Plan } from '../core/plan.js';
import { mergePlans } from '../core/plan-merge.js';
import { validateReading, type Reading } from '../core/reading.js';
import { mergeReadings } from '../core/reading-merge.js';
import type { ValidationProblem } from '../core/model.js';
import type { RecordEnvelope } from '../core/record.js';
import { isSealedData } from '../storage/sealed-data.js';

/** What to do with a record changed both here and on the server. */
export type Resolution =
  /** Take the server's version as it is (nothing here is lost by it). */
  | { take: 'theirs' }
  /** Save `data` here and push it over the server's version. */
  | { take: 'merged'; data: unknown; keptBoth: boolean }
  /** Keep this version unchanged and push it over the server's; `aside`: keep the server's apart and tell the person. */
  | { take: 'mine'; aside: boolean };

type Merge = (
  base: unknown,
  mine: unknown,
  theirs: unknown,
) => { data: unknown; keptBoth: boolean };

/** The line a journal entry's other text is added below (the merge keeps the person's text first). */
const OTHER_TEXT = '—';

/** A kind's merge used only when all three versions are valid (anything else takes the field merge). */
const whenValid =
  (validate: (data: unknown) => ValidationProblem[], merge: Merge): Merge =>
  (base, mine, theirs) =>
    [base, mine, theirs].every((data) => validate(data).length === 0)
      ? merge(base, mine, theirs)
      : fieldMerge(base, mine, theirs);

/** Three-way merges of the kinds that have one: the same merges as two tabs use. */
const MERGES: Record<string, Merge> = {
  goal: (base, mine, theirs) => {
    const { goal, keptBoth } = mergeGoals(base as Goal, mine as Goal, theirs as Goal);
    return { data: goal, keptBoth };
  },
  entry: (base, mine, theirs) => {
    const merge = mergeEntryEdits(base as Entry, mine as Entry, theirs as Entry, OTHER_TEXT);
    return { data: merge.entry, keptBoth: merge.keptBoth };
  },
  plan: whenValid(validatePlan, (base, mine, theirs) => {
    const { plan, keptBoth } = mergePlans(base as Plan, mine as Plan, theirs as Plan);
    return { data: plan, keptBoth };
  }),
  reading: whenValid(validateReading, (base, mine, theirs) => {
    const merge = mergeReadings(base as Reading, mine as Reading, theirs as Reading);
    return { data: merge.reading, keptBoth: merge.keptBoth };
  }),
};

/** The field merge as a kind's merge: what it cannot merge throws, so both versions are kept. */
function fieldMerge(base: unknown, mine: unknown, theirs: unknown) {
  const fields = mergeFields(base, mine, theirs);
  if (fields.lost) throw new Error('changed on both sides');
  return { data: fields.data, keptBoth: fields.keptBoth };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A field-by-field merge for kinds without one of their own: a field changed on one side
 * takes that side; text changed on both keeps both (the person's first, a blank line
 * apart); anything else changed on both keeps the person's and reports `keptBoth: false`
 * with `lost` set, so the caller keeps the other version aside.
 */
function mergeFields(
  base: unknown,
  mine: unknown,
  theirs: unknown,
): { data: unknown; keptBoth: boolean; lost: boolean } {
  if (!isObject(mine) || !isObject(theirs)) {
    if (same(mine, theirs) || same(theirs, base))
      return { data: mine, keptBoth: false, lost: false };
    if (same(mine, base)) return { data: theirs, keptBoth: false, lost: false };
    if (typeof mine === 'string' && typeof theirs === 'string')
      return { data: `${mine}\n\n${theirs}`, keptBoth: true, lost: false };
    return { data: mine, keptBoth: false, lost: true };
  }
  const from = isObject(base) ? base : {};
  const data: Record<string, unknown> = {};
  let keptBoth = false;
  let lost = false;
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const field = mergeFields(from[key], mine[key], theirs[key]);
    if (field.data !== undefined) data[key] = field.data;
    keptBoth ||= field.keptBoth;
    lost ||= field.lost;
  }
  return { data, keptBoth, lost };
}

/**
 * Resolves a record changed here (`mine`, from `base`) and on the server (`theirs`).
 * An edit beats a removal on the other side; two removals agree. Goals and journal
 * entries use the editing core's three-way merge, other kinds a field merge that keeps
 * both texts. What cannot be merged (encrypted data, which is bound to its revision, or
 * other values changed on both sides) keeps the person's version, and the server's
 * is kept aside for them to look at.
 */
export function resolveRemote(
  base: RecordEnvelope | null,
  mine: RecordEnvelope,
  theirs: RecordEnvelope,
): Resolution {
  if (mine.deleted) return { take: 'theirs' };
  if (theirs.deleted) return { take: 'mine', aside: false };
  if (same(mine.data, theirs.data)) return { take: 'mine', aside: false };
  if (
    isSealedData(mine.data) ||
    isSealedData(theirs.data) ||
    mine.schemaVersion !== theirs.schemaVersion
  )
    return { take: 'mine', aside: true };
  const ancestor =
    base && !base.deleted && base.schemaVersion === mine.schemaVersion ? base.data : undefined;
  const merge = MERGES[mine.kind];
  if (merge && ancestor !== undefined) {
    try {
      return { take: 'merged', ...merge(ancestor, mine.data, theirs.data) };
    } catch {
      // Data the kind's merge cannot read (from a newer or broken version): keep both versions.
      return { take: 'mine', aside: true };
    }
  }
  const fields = mergeFields(ancestor, mine.data, theirs.data);
  if (fields.lost) return { take: 'mine', aside: true };
  return { take: 'merged', data: fields.data, keptBoth: fields.keptBoth };
}

/** The blank version of each fixed record (one per namespace, such as the plan), which two copies made apart both started from. */
const BLANK: Record<string, () => unknown> = { plan: () => createPlan() };

/**
 * Two versions of one record made apart, with no earlier version in common: two devices
 * that each set their own passphrase before they first synced, brought together by
 * `EncryptedAdapter.joinOtherDevices`. A fixed record (the plan) merges from its blank
 * version, so lines and notes written on both are all kept; other kinds take the field
 * merge. Returns the merged data, or `undefined` to keep `mine` as it is (the other
 * version then stays kept aside).
 */
export function joinVersions(mine: RecordEnvelope, theirs: RecordEnvelope): unknown {
  const blank = BLANK[mine.kind];
  const resolution = resolveRemote(blank ? { ...mine, data: blank() } : null, mine, theirs);
  return resolution.take === 'merged' ? resolution.data : undefined;
}
