import type { CrisisContact } from '../core/crisis-contacts.js';
import type { GoalIdeas } from '../core/goal-ideas.js';
import type { JournalPrompt } from '../core/journal-prompts.js';
import type { AreaSet } from '../core/life-areas.js';
import type { CommonStrings } from './common.strings.js';

/**
 * One translatable value: plain text, or a small function for plurals and interpolation
 * (`(count: number) => \`${count} steps\``). Functions return plain text; never markup.
 */
export type StringValue = string | ((...args: never[]) => string);

/** An element's strings: key -> value. Each element's `<name>.strings.ts` exports one. */
export type StringTable = Record<string, StringValue>;

/**
 * A partial override of a string table. Only existing keys, each with the same shape as
 * the default (a function stays a function), so a typo or a wrong shape is a type error.
 */
export type StringOverrides<S> = { [K in keyof S]?: S[K] };

declare global {
  /**
   * Section name -> that section's en-GB string table. Each element's strings file adds
   * its own entry, so overrides are typed everywhere:
   *
   * ```ts
   * // src/elements/goal-tracker/goal-tracker.strings.ts
   * export const goalTrackerStrings = { title: 'My goals', steps: (n: number) => `${n} steps` };
   * declare global {
   *   interface RkStringSections { 'goal-tracker': typeof goalTrackerStrings }
   * }
   * ```
   */
  interface RkStringSections {
    common: CommonStrings;
  }
}

/** The name of a string section (`common`, `crisis-help`, `goal-tracker`, ...). */
export type SectionName = keyof RkStringSections;

/** Overrides for any number of sections: `{ 'goal-tracker': { title: 'Goals' } }`. */
export type SectionOverrides = { [K in SectionName]?: StringOverrides<RkStringSections[K]> };

/**
 * Month and day names for a language the browser cannot format dates in (Chromium has
 * no Welsh dates: `Intl.DateTimeFormat('cy')` quietly gives American English).
 */
export interface LocaleDates {
  /** January to December. */
  months: readonly string[];
  /** Sunday to Saturday. */
  weekdays: readonly string[];
}

/**
 * Default content in a locale's language, used where a host has not set its own: crisis
 * contacts, the life areas (same keys and id, so readings stay comparable), goal ideas
 * and journal prompts.
 */
export interface LocaleContent {
  crisisContacts?: readonly CrisisContact[];
  areas?: AreaSet;
  goalIdeas?: GoalIdeas;
  prompts?: readonly JournalPrompt[];
}

/**
 * What `registerLocale()` accepts: section overrides; optionally a `transform` applied
 * to every resolved string (the pseudo-locales use it to expose any text that bypasses
 * the localize layer); `dates` for a language the browser cannot format dates in; and
 * default `content` in the language.
 */
export type LocaleDefinition = SectionOverrides & {
  transform?: (text: string) => string;
  dates?: LocaleDates;
  content?: LocaleContent;
};
