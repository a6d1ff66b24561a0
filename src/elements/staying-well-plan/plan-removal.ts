import type { Plan } from '../../core/plan.js';
import * as ops from '../../core/plan-operations.js';
import { ADD_CONTACT_BUTTON, editContactButtonId } from './contacts-editor.js';
import { addButtonId, itemControlId } from './section-editor.js';

/**
 * A line or contact being removed, with what Undo needs to put it back in the same
 * place. Only the newest removal can be undone (one notice at a time).
 */
export interface Removal {
  /** The plan without it, shown and saved at once. */
  plan: Plan;
  /** The person's words, for "Removed ‘…’." and "‘…’ is back". */
  text: string;
  /** `plan` (as it is when Undo is chosen) with it back where it was. */
  restore: (plan: Plan) => Plan;
  /** The control focused once it is back. */
  back: string;
  /** The control focused when the notice is closed without Undo. */
  away: string;
}

/** Removing one line of a section; undefined for an unknown line. */
export function lineRemoval(plan: Plan, section: string, id: string): Removal | undefined {
  const items = ops.sectionContent(plan, section).items;
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return undefined;
  const neighbour = items[index + 1] ?? items[index - 1];
  return {
    plan: ops.removeItem(plan, section, id),
    text: item.text,
    // Removing first means the line can never be there twice (ids stay unique).
    restore: (now) => ops.addItem(ops.removeItem(now, section, id), section, item, index),
    back: itemControlId(id, 'text'),
    away: neighbour ? itemControlId(neighbour.id, 'text') : addButtonId(section),
  };
}

/** Removing one contact; undefined for an unknown contact. */
export function contactRemoval(plan: Plan, id: string): Removal | undefined {
  const index = plan.contacts.findIndex((contact) => contact.id === id);
  const contact = plan.contacts[index];
  if (!contact) return undefined;
  return {
    plan: ops.removeContact(plan, id),
    text: contact.name,
    restore: (now) => ops.saveContact(now, contact, index),
    back: editContactButtonId(id),
    away: ADD_CONTACT_BUTTON,
  };
}
