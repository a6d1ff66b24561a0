import { checkList, checkText, isPlainObject, isTimestamp } from './validate.js';
import type { RecordModel, ValidationProblem } from './model.js';
import {
  PLAN_CONTACT_FIELDS,
  validateContact,
  type PlanContact,
  type PlanContactField,
} from './plan-contact.js';
import { isPlanTemplate, SECTION_KEY, type PlanTemplate } from './plan-sections.js';

export type { PlanContact, PlanContactKind } from './plan-contact.js';
export type { PlanTemplate } from './plan-sections.js';

/** One line in a section of the plan, in the person's words. */
export interface PlanItem {
  id: string;
  text: string;
}

/** What the person wrote in one section: a list of items and free notes. */
export interface PlanSectionContent {
  items: PlanItem[];
  notes: string;
}

/**
 * A staying-well plan (or a safety plan). A person has one plan per namespace; the
 * element stores it under the fixed id {@link PLAN_RECORD_ID}.
 *
 * `sections` keeps every section ever written, keyed by section key, including those
 * the current template does not show: switching template never loses anything.
 */
export interface Plan {
  template: PlanTemplate;
  sections: Record<string, PlanSectionContent>;
  contacts: PlanContact[];
  /** ISO timestamp of the last time the person marked the plan as reviewed, or null. */
  reviewedAt: string | null;
}

/** The id of the one plan record in a namespace. */
export const PLAN_RECORD_ID = 'staying-well-plan';

/** Longest text kept in an item or a section's notes. */
export const PLAN_TEXT_MAX = 100_000;
/** Most items in one section, and most contacts. */
export const PLAN_LIST_MAX = 500;
/** Most sections stored in one plan (both templates plus a host's own). */
export const PLAN_SECTIONS_MAX = 100;

/** An empty plan on the given template. */
export function createPlan(template: PlanTemplate = 'staying-well'): Plan {
  return { template, sections: {}, contacts: [], reviewedAt: null };
}

type Problems = ValidationProblem[];

function checkUniqueIds(problems: Problems, path: string, list: unknown[]): void {
  const seen = new Set<unknown>();
  list.forEach((entry, i) => {
    const id = isPlainObject(entry) ? entry.id : undefined;
    if (typeof id === 'string' && seen.has(id))
      problems.push({ path: `${path}.${i}.id`, code: 'duplicate' });
    seen.add(id);
  });
}

function checkSection(problems: Problems, path: string, section: unknown): void {
  if (!isPlainObject(section)) return void problems.push({ path, code: 'invalid-type' });
  checkText(problems, `${path}.notes`, section.notes, PLAN_TEXT_MAX);
  const items = section.items;
  if (!checkList(problems, `${path}.items`, items, PLAN_LIST_MAX)) return;
  items.forEach((item, i) => {
    const at = `${path}.items.${i}`;
    if (!isPlainObject(item)) return void problems.push({ path: at, code: 'invalid-type' });
    if (typeof item.id !== 'string' || item.id === '')
      problems.push({ path: `${at}.id`, code: 'required' });
    checkText(problems, `${at}.text`, item.text, PLAN_TEXT_MAX);
  });
  checkUniqueIds(problems, `${path}.items`, items);
}

/**
 * Every problem with `data` as a plan, each with its field path
 * (`sections.helps.items.2.text`, `contacts.0.phone`, ...). Item text may be empty
 * (a line just added); a contact needs a name and a safe, well-formed phone and email.
 */
export function validatePlan(data: unknown): ValidationProblem[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  const problems: Problems = [];
  if (!isPlanTemplate(data.template)) problems.push({ path: 'template', code: 'invalid-value' });
  if (!isPlainObject(data.sections)) problems.push({ path: 'sections', code: 'invalid-type' });
  else {
    const keys = Object.keys(data.sections);
    if (keys.length > PLAN_SECTIONS_MAX)
      problems.push({ path: 'sections', code: 'too-long', params: { max: PLAN_SECTIONS_MAX } });
    for (const key of keys) {
      if (!SECTION_KEY.test(key)) problems.push({ path: `sections.${key}`, code: 'invalid-value' });
      else checkSection(problems, `sections.${key}`, data.sections[key]);
    }
  }
  if (checkList(problems, 'contacts', data.contacts, PLAN_LIST_MAX)) {
    data.contacts.forEach((contact, i) =>
      problems.push(...validateContact(contact, `contacts.${i}`)),
    );
    checkUniqueIds(problems, 'contacts', data.contacts);
  }
  if (data.reviewedAt !== null && !isTimestamp(data.reviewedAt))
    problems.push({ path: 'reviewedAt', code: 'invalid-date' });
  return problems;
}

/** The plan kind for the record store: schema version 1, no migrations yet. */
export const planModel: RecordModel<Plan> = {
  kind: 'plan',
  schemaVersion: 1,
  validate: validatePlan,
};

function textOr(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/**
 * A contact made of whatever `source` holds: text fields kept, anything else empty, a
 * kind other than `professional` read as `person`, a missing id as `id`. Given only
 * `{ id }`, a blank contact for the form.
 */
export function readableContact(source: Record<string, unknown>, id = ''): PlanContact {
  return {
    id: textOr(source.id, id),
    kind: source.kind === 'professional' ? 'professional' : 'person',
    ...(Object.fromEntries(
      PLAN_CONTACT_FIELDS.map((field) => [field, textOr(source[field])]),
    ) as Record<PlanContactField, string>),
  };
}

function objectsIn(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/**
 * What can be shown of stored data that failed validation (or came from a newer
 * version): every readable string kept, anything malformed left out, never throwing.
 * Only for showing read-only; the stored record itself is never changed.
 */
export function readablePlan(data: unknown): Plan {
  const source = isPlainObject(data) ? data : {};
  const sections: Record<string, PlanSectionContent> = {};
  for (const [key, value] of Object.entries(
    isPlainObject(source.sections) ? source.sections : {},
  )) {
    if (!isPlainObject(value)) continue;
    const items = objectsIn(value.items).map((item, i) => ({
      id: textOr(item.id, `item-${i}`),
      text: textOr(item.text),
    }));
    sections[key] = { notes: textOr(value.notes), items };
  }
  const contacts = objectsIn(source.contacts).map((c, i) => readableContact(c, `contact-${i}`));
  return {
    template: isPlanTemplate(source.template) ? source.template : 'staying-well',
    sections,
    contacts,
    reviewedAt: isTimestamp(source.reviewedAt) ? source.reviewedAt : null,
  };
}
