/**
 * The plan as plain text, to copy or download and share with a worker or someone the
 * person trusts. Words come from the caller (the element's localized strings), so this
 * stays free of any language and of the DOM.
 */
import type { Plan } from './plan.js';
import type { PlanContact } from './plan-contact.js';
import { sectionContent } from './plan-operations.js';
import type { PlanSection } from './plan-sections.js';

/** The words the text export uses around what the person wrote. */
export interface PlanTextLabels {
  /** The document's title, e.g. "My staying-well plan". */
  title: string;
  /** A line saying when the plan was last reviewed, given the ISO timestamp. */
  reviewed: (reviewedAt: string) => string;
  notReviewed: string;
  /** Shown under a section with nothing written in it. */
  empty: string;
  notes: string;
  people: string;
  professionals: string;
  crisisLines: string;
  relationship: string;
  phone: string;
  email: string;
  when: string;
}

/** A crisis line as the host configured it, already reduced to words. */
export interface PlanTextCrisisLine {
  name: string;
  /** How to reach it and when, e.g. "116 123, free, any time". */
  detail: string;
}

/** Indents every line of a (possibly multi-line) text. */
function indent(text: string, by = '  '): string {
  return text
    .split(/\r?\n/)
    .map((line) => by + line)
    .join('\n');
}

/** A list line: "- " before the first line, spaces before the rest. */
function bullet(text: string): string {
  return `- ${indent(text).trimStart()}`;
}

function contactLines(contact: PlanContact, labels: PlanTextLabels): string {
  const details: [string, string][] = [
    [labels.relationship, contact.relationship],
    [labels.phone, contact.phone],
    [labels.email, contact.email],
    [labels.when, contact.when],
  ];
  const lines = details.filter(([, value]) => value.trim() !== '').map(([label, value]) => indent(`${label}: ${value.trim()}`));
  return [bullet(contact.name.trim()), ...lines].join('\n');
}

function contactsBlock(plan: Plan, labels: PlanTextLabels, crisisLines: readonly PlanTextCrisisLine[]): string[] {
  const blocks: string[] = [];
  const groups: [string, PlanContact[]][] = [
    [labels.people, plan.contacts.filter((c) => c.kind === 'person')],
    [labels.professionals, plan.contacts.filter((c) => c.kind === 'professional')],
  ];
  for (const [heading, contacts] of groups)
    if (contacts.length) blocks.push([`${heading}:`, ...contacts.map((c) => contactLines(c, labels))].join('\n'));
  if (crisisLines.length)
    blocks.push([`${labels.crisisLines}:`, ...crisisLines.map((line) => bullet(`${line.name}: ${line.detail}`))].join('\n'));
  return blocks;
}

/**
 * The whole plan, section by section in the order given, as plain text: a title, the
 * review line, then each section's heading, items as "- " lines and notes. The
 * contacts section lists people, professionals and the crisis lines.
 */
export function planToText(
  plan: Plan,
  sections: readonly PlanSection[],
  labels: PlanTextLabels,
  crisisLines: readonly PlanTextCrisisLine[] = [],
): string {
  const parts = [
    [labels.title, '='.repeat(labels.title.length)].join('\n'),
    plan.reviewedAt ? labels.reviewed(plan.reviewedAt) : labels.notReviewed,
  ];
  for (const section of sections) {
    const content = sectionContent(plan, section.key);
    const blocks: string[] = [];
    const items = content.items.filter((item) => item.text.trim() !== '');
    if (items.length) blocks.push(items.map((item) => bullet(item.text.trim())).join('\n'));
    if (section.kind === 'contacts') blocks.push(...contactsBlock(plan, labels, crisisLines));
    if (content.notes.trim()) blocks.push(`${labels.notes}:\n${indent(content.notes.trim())}`);
    const heading = [section.title, '-'.repeat(section.title.length)].join('\n');
    parts.push([heading, ...(blocks.length ? blocks : [labels.empty])].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
