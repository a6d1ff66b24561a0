/**
 * Pure operations on a plan. Each returns a new plan and leaves its input untouched,
 * so an element can keep the previous version for a retry or compare. Ids are passed
 * in by the caller, which keeps these functions deterministic.
 */
import type { Plan, PlanItem, PlanSectionContent } from './plan.js';
import type { PlanContact } from './plan-contact.js';
import type { PlanTemplate } from './plan-sections.js';

const EMPTY_SECTION: PlanSectionContent = Object.freeze({
  items: [],
  notes: '',
}) as PlanSectionContent;

/** What the person wrote in one section (an empty section when nothing yet). */
export function sectionContent(plan: Plan, key: string): PlanSectionContent {
  return plan.sections[key] ?? EMPTY_SECTION;
}

function withSection(
  plan: Plan,
  key: string,
  change: (section: PlanSectionContent) => PlanSectionContent,
): Plan {
  return { ...plan, sections: { ...plan.sections, [key]: change(sectionContent(plan, key)) } };
}

/** Adds `item` to a section, at `index` (default: the end). */
export function addItem(plan: Plan, key: string, item: PlanItem, index?: number): Plan {
  return withSection(plan, key, (section) => {
    const items = [...section.items];
    items.splice(index ?? items.length, 0, { ...item });
    return { ...section, items };
  });
}

/** Replaces the text of one item; unknown ids leave the plan as it was. */
export function editItem(plan: Plan, key: string, id: string, text: string): Plan {
  if (!sectionContent(plan, key).items.some((item) => item.id === id)) return plan;
  return withSection(plan, key, (section) => ({
    ...section,
    items: section.items.map((item) => (item.id === id ? { ...item, text } : item)),
  }));
}

/** Removes one item; unknown ids leave the plan as it was. */
export function removeItem(plan: Plan, key: string, id: string): Plan {
  if (!sectionContent(plan, key).items.some((item) => item.id === id)) return plan;
  return withSection(plan, key, (section) => ({
    ...section,
    items: section.items.filter((item) => item.id !== id),
  }));
}

/**
 * Moves one item `by` places (-1 up, +1 down). Moves past either end, and unknown ids,
 * leave the plan as it was (the same object, so a caller can tell nothing moved).
 */
export function moveItem(plan: Plan, key: string, id: string, by: number): Plan {
  const items = sectionContent(plan, key).items;
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || by === 0 || to < 0 || to >= items.length) return plan;
  return withSection(plan, key, (section) => {
    const next = [...section.items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    return { ...section, items: next };
  });
}

/** Replaces a section's free notes. */
export function setNotes(plan: Plan, key: string, notes: string): Plan {
  return withSection(plan, key, (section) => ({ ...section, notes }));
}

/**
 * Replaces the contact with the same id in place, or adds it at `index` (default: the
 * end; Undo uses the place it was removed from).
 */
export function saveContact(plan: Plan, contact: PlanContact, index = plan.contacts.length): Plan {
  const contacts = [...plan.contacts];
  const at = contacts.findIndex((c) => c.id === contact.id);
  contacts.splice(at < 0 ? index : at, at < 0 ? 0 : 1, { ...contact });
  return { ...plan, contacts };
}

/** Removes a contact; unknown ids leave the plan as it was. */
export function removeContact(plan: Plan, id: string): Plan {
  if (!plan.contacts.some((c) => c.id === id)) return plan;
  return { ...plan, contacts: plan.contacts.filter((c) => c.id !== id) };
}

/** Switches template. Every section's content stays stored, shown or not. */
export function setTemplate(plan: Plan, template: PlanTemplate): Plan {
  return plan.template === template ? plan : { ...plan, template };
}

/** Records that the person looked over their plan at `at`. */
export function markReviewed(plan: Plan, at: Date): Plan {
  return { ...plan, reviewedAt: at.toISOString() };
}

/** How long after a review the plan is gently suggested for another look (about six months). */
export const REVIEW_AFTER_DAYS = 182;

/** Whether the plan has been reviewed, recently or a while ago. */
export type ReviewState =
  | { status: 'never' }
  | { status: 'recent'; reviewedAt: string; days: number }
  | { status: 'due'; reviewedAt: string; days: number };

/** The review state at `now`; a review older than `afterDays` is `due`. */
export function reviewState(plan: Plan, now: Date, afterDays = REVIEW_AFTER_DAYS): ReviewState {
  if (!plan.reviewedAt) return { status: 'never' };
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(plan.reviewedAt)) / 86_400_000));
  return { status: days > afterDays ? 'due' : 'recent', reviewedAt: plan.reviewedAt, days };
}

/** True when a section holds anything: an item with text, or notes. */
export function hasContent(section: PlanSectionContent): boolean {
  return section.notes.trim() !== '' || section.items.some((item) => item.text.trim() !== '');
}

/**
 * Keys of sections with content that the shown sections do not include, so the
 * element can say that this writing is kept and comes back with the other template.
 */
export function keptOutOfView(plan: Plan, shownKeys: readonly string[]): string[] {
  return Object.keys(plan.sections).filter(
    (key) => !shownKeys.includes(key) && hasContent(plan.sections[key]),
  );
}
