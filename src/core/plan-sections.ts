/**
 * The sections of a staying-well plan and of the optional safety plan, in our own words.
 * Keys are stable identifiers stored in the plan; titles and prompts are en-GB defaults
 * that the element lets a host reword (through its strings) or override per section.
 *
 * The safety-plan template follows the six-step approach to safety planning, written
 * here in plain words of our own. Following safe-messaging guidance, nothing in it
 * mentions any method of harm.
 */

/** Which set of sections the plan shows. */
export type PlanTemplate = 'staying-well' | 'safety';

/** Every template, the default first. */
export const PLAN_TEMPLATES: readonly PlanTemplate[] = ['staying-well', 'safety'];

/** A list of items plus notes, or the contacts list (people, professionals, crisis lines). */
export type PlanSectionKind = 'list' | 'contacts';

/** One section as shown: its key, kind, title and a short prompt explaining it. */
export interface PlanSection {
  key: string;
  kind: PlanSectionKind;
  title: string;
  prompt: string;
}

/** A host's change to the sections: rename, reword, hide, or add its own list section. */
export interface PlanSectionConfig {
  key: string;
  title?: string;
  prompt?: string;
  hidden?: boolean;
}

/** The key of the contacts section; both templates have it. */
export const CONTACTS_SECTION = 'contacts';

/** The eight staying-well sections, in order. */
export const STAYING_WELL_SECTIONS: readonly PlanSection[] = [
  {
    key: 'well',
    kind: 'list',
    title: 'When I am well',
    prompt: 'What are you like when you are well? What do you do each day that keeps you well?',
  },
  {
    key: 'helps',
    kind: 'list',
    title: 'Things that help',
    prompt: 'Your own toolkit: activities, places, people and reminders that help you feel better.',
  },
  {
    key: 'unsettles',
    kind: 'list',
    title: 'Things that can unsettle me',
    prompt: 'What can throw you off balance, and what will you do if it happens?',
  },
  {
    key: 'early-signs',
    kind: 'list',
    title: 'Early signs',
    prompt:
      'How might you, or people close to you, notice that things are starting to slip? What will you do then?',
  },
  {
    key: 'harder',
    kind: 'list',
    title: 'When things get harder',
    prompt:
      'What are the signs that things are getting harder, and what would you like to happen or others to do?',
  },
  {
    key: 'crisis',
    kind: 'list',
    title: 'If I am in crisis',
    prompt:
      'What helps and what does not, who to contact, practical things to sort out (children, pets, bills, work), and your wishes about care and treatment.',
  },
  {
    key: 'after-crisis',
    kind: 'list',
    title: 'After a crisis',
    prompt: 'How would you like to get back on track, and who could help with that?',
  },
  {
    key: CONTACTS_SECTION,
    kind: 'contacts',
    title: 'Contacts',
    prompt: 'People you trust, professionals who support you, and crisis lines you can call.',
  },
];

/** The six steps of the safety-plan template, in order. */
export const SAFETY_PLAN_SECTIONS: readonly PlanSection[] = [
  {
    key: 'warning-signs',
    kind: 'list',
    title: 'Signs that I am struggling',
    prompt: 'Thoughts, feelings or situations that tell you things are getting hard.',
  },
  {
    key: 'on-my-own',
    kind: 'list',
    title: 'Things I can do on my own',
    prompt:
      'Small things that help you feel a little calmer or more settled, without needing anyone else.',
  },
  {
    key: 'distractions',
    kind: 'list',
    title: 'People and places that take my mind off things',
    prompt: 'Somewhere you can go or someone you can be with to feel less alone for a while.',
  },
  {
    key: 'ask-for-help',
    kind: 'list',
    title: 'People I can ask for help',
    prompt: 'Friends or family you can tell that you are finding things hard.',
  },
  {
    key: CONTACTS_SECTION,
    kind: 'contacts',
    title: 'Professionals and helplines',
    prompt: 'Services, workers and helplines you can contact, day or night.',
  },
  {
    key: 'safer-surroundings',
    kind: 'list',
    title: 'Making where I am feel safer',
    prompt:
      'What could you, or someone you trust, do to make your surroundings feel safer when things are hard?',
  },
];

/** The default sections of a template. */
export function templateSections(template: PlanTemplate): readonly PlanSection[] {
  return template === 'safety' ? SAFETY_PLAN_SECTIONS : STAYING_WELL_SECTIONS;
}

/** True for a template key. */
export function isPlanTemplate(value: unknown): value is PlanTemplate {
  return PLAN_TEMPLATES.includes(value as PlanTemplate);
}

/** Section keys a host may add: lower-case letters, digits and dashes, up to 40. */
export const SECTION_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The result of applying a host's section changes: the sections, and what was ignored. */
export interface ResolvedSections {
  sections: PlanSection[];
  /** Human-readable reasons for ignored config entries, for a console warning. */
  warnings: string[];
}

/**
 * The sections to show: the template's defaults with the host's changes applied.
 * Sections the host lists come first, in the host's order; the rest follow in their
 * default order. A listed key the template does not have becomes a new list section
 * (it needs a title). `hidden: true` removes a section from view; its stored items stay.
 */
export function resolveSections(
  defaults: readonly PlanSection[],
  config: readonly PlanSectionConfig[] | undefined,
): ResolvedSections {
  if (!config?.length) return { sections: [...defaults], warnings: [] };
  const warnings: string[] = [];
  const listed: PlanSection[] = [];
  const seen = new Set<string>();
  for (const entry of config) {
    const key = entry?.key;
    if (typeof key !== 'string' || !SECTION_KEY.test(key) || seen.has(key)) {
      warnings.push(
        `section ${JSON.stringify(key)} ignored: needs a unique key of a-z, 0-9 and dashes`,
      );
      continue;
    }
    seen.add(key);
    for (const field of ['title', 'prompt'] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string')
        warnings.push(`section "${key}": its ${field} is not text, so the default is used`);
    }
    const title = typeof entry.title === 'string' ? entry.title.trim() : '';
    const prompt = typeof entry.prompt === 'string' ? entry.prompt : undefined;
    const base = defaults.find((section) => section.key === key);
    if (!base && !title) {
      warnings.push(`ignored section "${key}": a new section needs a title`);
      continue;
    }
    if (entry.hidden) continue;
    listed.push({
      key,
      kind: base?.kind ?? 'list',
      title: title || base?.title || key,
      prompt: prompt ?? base?.prompt ?? '',
    });
  }
  const rest = defaults.filter((section) => !seen.has(section.key));
  return { sections: [...listed, ...rest], warnings };
}
