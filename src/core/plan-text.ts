/**
 * The plan as plain text, to copy or download and share with a worker or someone the
 * person trusts. Words come from the caller (the element's localized strings), so this
 * stays free of any language and of the DOM.
 */
import type { Plan } from './plan.js';
import type { PlanContact } from './plan-contact.js';
import { sectionContent } from './plan-operations.js';
import type { PlanSection } from './plan-sections.js';

/**
 * The words the text export uses around what the person wrote. The names match the
 * element's strings, so it passes its resolved strings as they are.
 */
export interface PlanTextLabels {
  /** The line saying when the plan was last looked over, given the formatted date. */
  textReviewed: (date: string) => string;
  textNotReviewed: string;
  /** Shown under a section with nothing written in it. */
  textEmpty: string;
  textNotes: string;
  peopleHeading: string;
  professionalsHeading: string;
  crisisLinesHeading: string;
  textRelationship: string;
  textPhone: string;
  textEmail: string;
  textWhen: string;
}

/** What else the export needs: the title, how to write a date, the host's crisis lines. */
export interface PlanTextOptions {
  /** The document's title, e.g. "My staying-well plan". */
  title: string;
  /** Writes an ISO timestamp as a date in the reader's language. */
  formatDate: (iso: string) => string;
  crisisLines?: readonly PlanTextCrisisLine[];
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
    [labels.textRelationship, contact.relationship],
    [labels.textPhone, contact.phone],
    [labels.textEmail, contact.email],
    [labels.textWhen, contact.when],
  ];
  const lines = details
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => indent(`${label}: ${value.trim()}`));
  return [bullet(contact.name.trim()), ...lines].join('\n');
}

/**
 * The contacts under their headings, people first, then professionals; a heading with
 * nobody under it is left out. Shared by the text export and the element's lists.
 */
export function contactGroups(
  contacts: readonly PlanContact[],
  labels: Pick<PlanTextLabels, 'peopleHeading' | 'professionalsHeading'>,
): [heading: string, contacts: PlanContact[]][] {
  const groups: [string, PlanContact[]][] = [
    [labels.peopleHeading, contacts.filter((c) => c.kind === 'person')],
    [labels.professionalsHeading, contacts.filter((c) => c.kind === 'professional')],
  ];
  return groups.filter(([, list]) => list.length);
}

function contactsBlock(
  plan: Plan,
  labels: PlanTextLabels,
  crisisLines: readonly PlanTextCrisisLine[],
): string[] {
  const blocks = contactGroups(plan.contacts, labels).map(([heading, contacts]) =>
    [`${heading}:`, ...contacts.map((c) => contactLines(c, labels))].join('\n'),
  );
  if (crisisLines.length)
    blocks.push(
      [
        `${labels.crisisLinesHeading}:`,
        ...crisisLines.map((line) => bullet(`${line.name}: ${line.detail}`)),
      ].join('\n'),
    );
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
  options: PlanTextOptions,
): string {
  const { title, formatDate, crisisLines = [] } = options;
  const parts = [
    [title, '='.repeat(title.length)].join('\n'),
    plan.reviewedAt ? labels.textReviewed(formatDate(plan.reviewedAt)) : labels.textNotReviewed,
  ];
  for (const section of sections) {
    const content = sectionContent(plan, section.key);
    const blocks: string[] = [];
    const items = content.items.filter((item) => item.text.trim() !== '');
    if (items.length) blocks.push(items.map((item) => bullet(item.text.trim())).join('\n'));
    if (section.kind === 'contacts') blocks.push(...contactsBlock(plan, labels, crisisLines));
    if (content.notes.trim()) blocks.push(`${labels.textNotes}:\n${indent(content.notes.trim())}`);
    const heading = [section.title, '-'.repeat(section.title.length)].join('\n');
    parts.push([heading, ...(blocks.length ? blocks : [labels.textEmpty])].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
