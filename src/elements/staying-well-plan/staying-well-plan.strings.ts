import type { PlanContactKind } from '../../core/plan-contact.js';
import {
  SAFETY_PLAN_SECTIONS,
  STAYING_WELL_SECTIONS,
  type PlanTemplate,
} from '../../core/plan-sections.js';
import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';
import type { StoredItemStatus } from '../../storage/stored-item.js';

type SectionStringKey = `section:${PlanTemplate}:${string}:${'title' | 'prompt'}`;

/**
 * The default section titles and prompts, one key per template, section and part
 * (`section:staying-well:helps:title`), taken from the words in `core/plan-sections.ts`
 * so they are written once. A host rewords them like any other string.
 */
const sectionStrings = Object.fromEntries(
  (
    [
      ['staying-well', STAYING_WELL_SECTIONS],
      ['safety', SAFETY_PLAN_SECTIONS],
    ] as const
  ).flatMap(([template, sections]) =>
    sections.flatMap((section) => [
      [`section:${template}:${section.key}:title`, section.title],
      [`section:${template}:${section.key}:prompt`, section.prompt],
    ]),
  ),
) as Record<SectionStringKey, string>;

const TEMPLATE_NAMES: Record<PlanTemplate, string> = {
  'staying-well': 'Staying-well plan',
  safety: 'Safety plan',
};

const CONTACT_KIND_NAMES: Record<PlanContactKind, string> = {
  person: 'Someone I trust',
  professional: 'A professional or service',
};

const READONLY_NOTES: Record<Exclude<StoredItemStatus, 'ok'>, string> = {
  'too-new':
    'This plan was saved by a newer version of this tool, so it is shown here as it is and left untouched.',
  invalid: 'Part of this plan could not be read, so it is shown here as it is and left untouched.',
  corrupt: 'This plan could not be read. It has been left untouched and can still be exported.',
};

/** The person's words in quotation marks, or `empty` when there are none. */
const quoted = (text: string, empty: string) => (text.trim() ? `‘${text}’` : empty);

/**
 * Every word `<rk-staying-well-plan>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings['staying-well-plan']`, or a registered locale).
 */
export const stayingWellPlanStrings = {
  heading: select<PlanTemplate>({
    'staying-well': 'My staying-well plan',
    safety: 'My safety plan',
  }),
  intro: select<PlanTemplate>({
    'staying-well':
      'A plan you write while you are feeling well, so that you and the people around you notice early signs and know your wishes. Fill in as much or as little as you like.',
    safety:
      'A short plan, written ahead of time, of steps that can help you get through a hard moment. Start wherever feels right.',
  }),
  loading: 'Opening your plan…',

  // Template
  templateLegend: 'Kind of plan',
  templateName: select(TEMPLATE_NAMES),
  templateHint:
    'Switching never deletes anything. Sections the other kind of plan does not show are kept and come back when you switch back.',
  keptOutOfView: plural('en-GB', {
    one: '{count} section you wrote in is not part of this kind of plan. It is kept safe and will show again when you switch back.',
    other:
      '{count} sections you wrote in are not part of this kind of plan. They are kept safe and will show again when you switch back.',
  }),
  templateChanged: (name: string) => `Now showing the ${name.toLowerCase()}.`,

  // Sections and items
  ...sectionStrings,
  itemsLabel: (section: string) => `Your lines for ${section}`,
  itemLabel: (position: number, total: number, section: string) =>
    `Line ${position} of ${total} in ${section}`,
  itemHint: 'Enter adds a new line below. Alt with the up or down arrow moves a line.',
  addItem: 'Add a line',
  moveUp: 'Move up',
  moveDown: 'Move down',
  removeItem: 'Remove',
  /** Added (visually hidden) after an item button's visible text, so each button names its line. */
  whichLine: (position: number, total: number) => `, line ${position} of ${total}`,
  itemAdded: plural('en-GB', {
    one: 'New line added. {count} line in this section.',
    other: 'New line added. {count} lines in this section.',
  }),
  itemMoved: (position: number, total: number) => `Moved to line ${position} of ${total}.`,
  notesLabel: (section: string) => `Notes for ${section}`,
  /** Shown with Undo after a line or contact is removed (`text` is its words or name). */
  removed: (text: string) => `Removed ${quoted(text, 'an empty line')}.`,
  undo: 'Undo',
  restored: (text: string) => `${quoted(text, 'The empty line')} is back in your plan.`,
  nothingYet: 'Nothing written here yet.',

  // Contacts
  peopleHeading: 'People I trust',
  professionalsHeading: 'Professionals and services',
  noContacts: 'No contacts added yet.',
  addContact: 'Add a contact',
  editContact: 'Change',
  removeContact: 'Remove',
  /** Added (visually hidden) after a contact button's visible text. */
  whichContact: (name: string) => `: ${name}`,
  contactFormHeading: 'Contact details',
  contactKindLegend: 'Who is this?',
  contactKindName: select(CONTACT_KIND_NAMES),
  contactName: 'Name',
  contactRelationship: 'Who they are to me',
  contactPhone: 'Phone number',
  contactEmail: 'Email address',
  contactWhen: 'When to contact them',
  saveContact: 'Save contact',
  cancelContact: 'Cancel',
  contactSaved: (name: string) => `Saved ${name}.`,
  crisisLinesHeading: 'Crisis lines',
  crisisLinesIntro: 'If you need help now, you can contact any of these.',

  // Review
  reviewHeading: 'Looking over your plan',
  reviewNever:
    'It can help to read your plan through now and then and change anything that no longer fits.',
  reviewRecent: (date: string) => `You last looked over this plan on ${date}.`,
  reviewDue: (date: string) =>
    `You last looked over this plan on ${date}. It might be a good time to read it through again, whenever suits you.`,
  markReviewed: 'I have looked over my plan',
  reviewedNow: 'Thank you. Noted that you looked over your plan today.',

  // Sharing
  shareHeading: 'Keep or share a copy',
  shareHint: 'You might like to give a copy to a worker or someone you trust.',
  print: 'Print',
  copy: 'Copy as text',
  download: 'Download as a text file',
  copied: 'Your plan has been copied. You can paste it anywhere.',
  copyFailed: 'Your plan could not be copied here. You could download it as a file instead.',
  downloaded: 'Your plan has been downloaded as a text file.',
  fileName: select<PlanTemplate>({
    'staying-well': 'my-staying-well-plan.txt',
    safety: 'my-safety-plan.txt',
  }),
  textReviewed: (date: string) => `Last looked over on ${date}.`,
  textNotReviewed: 'Not marked as looked over yet.',
  textEmpty: '(nothing written yet)',
  textNotes: 'Notes',
  textRelationship: 'Who they are',
  textPhone: 'Phone',
  textEmail: 'Email',
  textWhen: 'When to contact',

  // States
  readonlyNote: select(READONLY_NOTES),
  keptBoth:
    'Your plan was also changed somewhere else (perhaps in another tab). Where both changed the same thing, both versions are kept: tidy it up as you like.',
  broughtBack:
    'Your plan had been removed somewhere else (perhaps in another tab) while you were changing it. Your changes are saved and the plan is back.',
};

/** The shape of the `staying-well-plan` string section. */
export type StayingWellPlanStrings = typeof stayingWellPlanStrings;

declare global {
  interface RkStringSections {
    'staying-well-plan': StayingWellPlanStrings;
  }
}
