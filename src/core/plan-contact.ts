import { checkText, isPlainObject } from './validate.js';
import type { ValidationProblem } from './model.js';

/** Whether a contact is someone the person knows or a professional / service. */
export type PlanContactKind = 'person' | 'professional';

/** Every contact kind, in the order they are offered. */
export const PLAN_CONTACT_KINDS: readonly PlanContactKind[] = ['person', 'professional'];

/** Someone to contact, written by the person. Every field but `name` may be empty. */
export interface PlanContact {
  id: string;
  kind: PlanContactKind;
  name: string;
  /** Who they are to me: "sister", "care coordinator", ... */
  relationship: string;
  /** A phone number as typed (digits, spaces, `+ - ( ) .`). */
  phone: string;
  email: string;
  /** When to get in touch with them. */
  when: string;
}

/** A contact's text fields, in the order the form shows them. */
export const PLAN_CONTACT_FIELDS = ['name', 'relationship', 'phone', 'email', 'when'] as const;

/** One of a contact's text fields. */
export type PlanContactField = (typeof PLAN_CONTACT_FIELDS)[number];

/** Longest text kept in one contact field. */
export const PLAN_CONTACT_FIELD_MAX = 500;

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const PHONE = /^\+?[0-9 ()\-.]+$/;
const EMAIL = /^[^\s@<>"',;:]+@[^\s@<>"',;:]+\.[^\s@<>"',;:]+$/;

/** The scheme at the start of `value` (`javascript`, `tel`, ...) in lower case, or undefined. */
function schemeOf(value: string): string | undefined {
  return SCHEME.exec(value)?.[1]?.toLowerCase();
}

function withoutScheme(value: string, scheme: string): string {
  return value
    .trim()
    .slice(scheme.length + 1)
    .trim();
}

/** Digits of a phone number typed with or without `tel:`, for a `tel:` link. */
export function phoneDigits(phone: string): string {
  const bare = schemeOf(phone) === 'tel' ? withoutScheme(phone, 'tel') : phone.trim();
  return bare.replace(/[^0-9+]/g, '');
}

/** The address of an email typed with or without `mailto:`. */
export function emailAddress(email: string): string {
  return schemeOf(email) === 'mailto' ? withoutScheme(email, 'mailto') : email.trim();
}

/**
 * What is wrong with a phone number, if anything: `unsafe-url` for another scheme
 * (`javascript:`, `data:`, ...), `invalid-phone` for anything that is not a number
 * of 3 to 20 digits. An empty value is fine.
 */
export function phoneProblem(phone: string): ValidationProblem['code'] | undefined {
  if (phone.trim() === '') return undefined;
  const scheme = schemeOf(phone);
  if (scheme !== undefined && scheme !== 'tel') return 'unsafe-url';
  const bare = scheme ? withoutScheme(phone, scheme) : phone.trim();
  const digits = bare.replace(/[^0-9]/g, '').length;
  return PHONE.test(bare) && digits >= 3 && digits <= 20 ? undefined : 'invalid-phone';
}

/**
 * What is wrong with an email address, if anything: `unsafe-url` for a scheme other
 * than `mailto:`, `invalid-email` when it does not look like `name@place.tld`.
 * An empty value is fine.
 */
export function emailProblem(email: string): ValidationProblem['code'] | undefined {
  if (email.trim() === '') return undefined;
  const scheme = schemeOf(email);
  if (scheme !== undefined && scheme !== 'mailto') return 'unsafe-url';
  return EMAIL.test(emailAddress(email)) ? undefined : 'invalid-email';
}

/**
 * Every problem with one contact, with paths under `prefix` (`contacts.0.phone`).
 * Used both by the plan's validation and by the contact form before it saves.
 */
export function validateContact(contact: unknown, prefix = ''): ValidationProblem[] {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  if (!isPlainObject(contact)) return [{ path: prefix, code: 'invalid-type' }];
  const problems: ValidationProblem[] = [];
  if (typeof contact.id !== 'string' || contact.id === '')
    problems.push({ path: at('id'), code: 'required' });
  if (!PLAN_CONTACT_KINDS.includes(contact.kind as PlanContactKind))
    problems.push({ path: at('kind'), code: 'invalid-value' });
  for (const field of PLAN_CONTACT_FIELDS)
    checkText(problems, at(field), contact[field], PLAN_CONTACT_FIELD_MAX, field === 'name');
  const phone = typeof contact.phone === 'string' ? phoneProblem(contact.phone) : undefined;
  if (phone) problems.push({ path: at('phone'), code: phone });
  const email = typeof contact.email === 'string' ? emailProblem(contact.email) : undefined;
  if (email) problems.push({ path: at('email'), code: email });
  return problems;
}
