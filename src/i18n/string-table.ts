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
 * What `registerLocale()` accepts: section overrides, and optionally a `transform`
 * applied to every resolved string (used by the pseudo-locale to expose any text that
 * bypasses the localize layer).
 */
export type LocaleDefinition = SectionOverrides & { transform?: (text: string) => string };
