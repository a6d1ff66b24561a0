/**
 * Bringing together an edit of the plan and a change saved to the plan somewhere else
 * (another tab) while the person was editing: a three-way merge from the version the
 * edit started from. Pure: ids for kept copies come from the caller.
 */
import { newId } from './ids.js';
import type { Plan, PlanItem, PlanSectionContent } from './plan.js';
import { PLAN_CONTACT_FIELDS, type PlanContact } from './plan-contact.js';
import { mergeText, pick, same } from './three-way.js';

/** What {@link mergePlans} made of the two sides. */
export interface PlanMerge {
  plan: Plan;
  /**
   * True when both sides changed the same thing (a line, notes, a contact), or one side
   * changed what the other removed, so both were kept: tell the person.
   */
  keptBoth: boolean;
}

/** Something with an id, in a list merged by id. */
interface WithId {
  id: string;
}

/** How one list merges entries present on both sides and changed on at least one. */
type MergeEntry<V> = (base: V, mine: V, theirs: V) => { kept: V[]; keptBoth: boolean };

/**
 * A list by id, in their order with the person's additions after the entry they follow:
 * added on either side, kept; removed on one side and unchanged on the other, removed;
 * removed on one side and changed on the other, kept as changed (and `keptBoth`).
 */
function mergeById<V extends WithId>(
  base: readonly V[],
  mine: readonly V[],
  theirs: readonly V[],
  entry: MergeEntry<V>,
): { list: V[]; keptBoth: boolean } {
  let keptBoth = false;
  const baseById = new Map(base.map((each) => [each.id, each]));
  const mineById = new Map(mine.map((each) => [each.id, each]));
  const list: V[] = [];
  for (const other of theirs) {
    const was = baseById.get(other.id);
    const ours = mineById.get(other.id);
    if (!was || !ours) {
      // Added there; or removed here: gone unless it was changed there.
      if (was && !same(was, other)) keptBoth = true;
      if (!was || !same(was, other)) list.push(other);
      continue;
    }
    const merged = entry(was, ours, other);
    keptBoth ||= merged.keptBoth;
    list.push(...merged.kept);
  }
  let at = 0; // where the next of the person's entries goes: after the one before it
  for (const ours of mine) {
    const shared = list.findIndex((each) => each.id === ours.id);
    if (shared >= 0 || theirs.some((each) => each.id === ours.id)) {
      if (shared >= 0) at = shared + 1;
      continue;
    }
    const was = baseById.get(ours.id);
    if (was && same(was, ours)) continue; // removed there, unchanged here
    if (was) keptBoth = true; // removed there, changed here: kept
    list.splice(at++, 0, ours);
  }
  return { list, keptBoth };
}

const mergeItem: MergeEntry<PlanItem> = (base, mine, theirs) => {
  const merged = mergeText(base.text, mine.text, theirs.text, true);
  return { kept: [{ ...theirs, text: merged.text }], keptBoth: merged.keptBoth };
};

/**
 * A contact changed on both sides: field by field; when both changed the same field,
 * theirs stays and the person's whole version follows it as a second contact (a phone
 * number or email cannot hold two values).
 */
function mergeContact(makeId: () => string): MergeEntry<PlanContact> {
  return (base, mine, theirs) => {
    const merged: PlanContact = { ...theirs, kind: pick(base.kind, mine.kind, theirs.kind) };
    let clash = false;
    for (const field of PLAN_CONTACT_FIELDS) {
      const [was, ours, other] = [base[field], mine[field], theirs[field]];
      clash ||= ours !== was && other !== was && ours !== other;
      merged[field] = pick(was, ours, other);
    }
    if (!clash) return { kept: [merged], keptBoth: false };
    return { kept: [theirs, { ...mine, id: makeId() }], keptBoth: true };
  };
}

const EMPTY: PlanSectionContent = { items: [], notes: '' };

function mergeSection(
  base: PlanSectionContent,
  mine: PlanSectionContent,
  theirs: PlanSectionContent,
) {
  const notes = mergeText(base.notes, mine.notes, theirs.notes, false);
  const items = mergeById(base.items, mine.items, theirs.items, mergeItem);
  return {
    section: { items: items.list, notes: notes.text },
    keptBoth: notes.keptBoth || items.keptBoth,
  };
}

/**
 * Combines the person's edit of the plan (`mine`, started from `base`) with the plan as
 * stored now (`theirs`). Section notes, lines (by id) and contacts (by id) merge as
 * described above; the template takes the side that changed it (the person's when both
 * did); the review date, the later one. With `base` equal to `theirs` the result is the
 * person's edit. `makeId` names the copy of a contact both sides changed.
 */
export function mergePlans(base: Plan, mine: Plan, theirs: Plan, makeId = newId): PlanMerge {
  if (same(base, theirs)) return { plan: mine, keptBoth: false };
  let keptBoth = false;
  const sections: Record<string, PlanSectionContent> = {};
  const keys = new Set([...Object.keys(theirs.sections), ...Object.keys(mine.sections)]);
  for (const key of keys) {
    const merged = mergeSection(
      base.sections[key] ?? EMPTY,
      mine.sections[key] ?? EMPTY,
      theirs.sections[key] ?? EMPTY,
    );
    keptBoth ||= merged.keptBoth;
    sections[key] = merged.section;
  }
  const contacts = mergeById(base.contacts, mine.contacts, theirs.contacts, mergeContact(makeId));
  const reviewed = [mine.reviewedAt, theirs.reviewedAt].filter((at) => at !== null).sort();
  const plan: Plan = {
    template: pick(base.template, mine.template, theirs.template),
    sections,
    contacts: contacts.list,
    reviewedAt:
      mine.reviewedAt !== base.reviewedAt && theirs.reviewedAt !== base.reviewedAt
        ? (reviewed.at(-1) ?? null)
        : pick(base.reviewedAt, mine.reviewedAt, theirs.reviewedAt),
  };
  return { plan, keptBoth: keptBoth || contacts.keptBoth };
}
