/**
 * Writing prompts for the hope journal: short, open questions in our own words.
 * A host can pass its own set (the element's `prompts` property); the composer
 * offers one at a time, rotating by day, and the person can ask for another or
 * write freely without any.
 */

/** How the composer lays out an entry started from a prompt. */
export type PromptForm = 'free' | 'three-good-things';

/** One writing prompt. */
export interface JournalPrompt {
  /** Stable identifier, stored with the entry. */
  id: string;
  /** The question a person sees. */
  text: string;
  /**
   * `free` (default): one text box. `three-good-things`: three short "what" and
   * "why it mattered" pairs.
   */
  form?: PromptForm;
}

/** The id of the built-in "three good things" prompt. */
export const THREE_GOOD_THINGS_PROMPT_ID = 'three-good-things';

/** The default prompts (en-GB, our wording). */
export const DEFAULT_PROMPTS: readonly JournalPrompt[] = Object.freeze([
  {
    id: THREE_GOOD_THINGS_PROMPT_ID,
    text: 'Three good things from today, big or small, and why each one mattered.',
    form: 'three-good-things',
  },
  { id: 'strength-used', text: 'A strength you used recently. What did you do with it?' },
  { id: 'looking-forward', text: 'Something you are looking forward to, however small.' },
  { id: 'someone-helped', text: 'Someone who helped you, or whom you helped. What happened?' },
  { id: 'small-step', text: 'A small step you took towards something you care about.' },
  { id: 'felt-calm', text: 'A moment when you felt a little calmer or lighter. Where were you?' },
  { id: 'kind-to-self', text: 'Something kind you did for yourself.' },
  { id: 'changed-view', text: 'Something you see differently now than you did a while ago.' },
]);

/**
 * Checks a host-supplied prompt list and returns the usable prompts: each needs a
 * non-empty string `id` and `text`, ids must be unique, and an unknown `form`
 * falls back to `free`. An empty or invalid list falls back to the defaults.
 * Every dropped prompt is reported through `warn`.
 */
export function usablePrompts(
  prompts: unknown,
  warn: (message: string) => void = () => {},
): readonly JournalPrompt[] {
  if (prompts === undefined || prompts === null) return DEFAULT_PROMPTS;
  if (!Array.isArray(prompts)) {
    warn('prompts must be an array; using the default prompts.');
    return DEFAULT_PROMPTS;
  }
  const seen = new Set<string>();
  const usable: JournalPrompt[] = [];
  for (const candidate of prompts as unknown[]) {
    const prompt = candidate as Partial<JournalPrompt> | null;
    const id = typeof prompt?.id === 'string' ? prompt.id.trim() : '';
    const text = typeof prompt?.text === 'string' ? prompt.text.trim() : '';
    if (!id || !text || seen.has(id)) {
      warn('Ignoring a prompt without a unique id and text.');
      continue;
    }
    seen.add(id);
    const form: PromptForm = prompt?.form === 'three-good-things' ? 'three-good-things' : 'free';
    usable.push({ id, text, form });
  }
  if (usable.length === 0) {
    warn('No usable prompts given; using the default prompts.');
    return DEFAULT_PROMPTS;
  }
  return usable;
}

/** Whole days since 1970-01-01 for a `YYYY-MM-DD` date (UTC, so the result never depends on the time zone). */
function dayNumber(isoDate: string): number {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : Math.floor(time / 86_400_000);
}

/**
 * The index of the prompt offered on `isoDate` (`YYYY-MM-DD`): the set rotates one
 * prompt per day, so a person who opens the journal each day sees a different one.
 */
export function promptIndexForDay(promptCount: number, isoDate: string): number {
  if (promptCount <= 0) return -1;
  const day = dayNumber(isoDate);
  return ((day % promptCount) + promptCount) % promptCount;
}
