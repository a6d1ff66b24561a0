import type { ReadingEntry } from './reading-entries.js';

/** The most readings shown on the chart at once. */
export const MAX_SHOWN_READINGS = 3;

type Chooser = (own: ReadingEntry[], supporters: ReadingEntry[]) => ReadingEntry | undefined;

/** The words `show` understands, each naming one reading; lists are oldest first. */
const WORDS: Record<string, Chooser> = {
  latest: (own) => own.at(-1),
  previous: (own) => own.at(-2),
  first: (own) => own[0],
  supporter: (_, supporters) => supporters.at(-1),
};

/** What the chart shows until the person chooses, when the host does not say. */
const DEFAULT_SHOW = ['latest', 'supporter'];

/** The ids of the readings `words` name (each once, in order), and the words that name none. */
function pick(entries: readonly ReadingEntry[], words: readonly string[]) {
  const readable = entries.filter((entry) => entry.reading);
  const supporters = readable.filter((entry) => entry.reading?.by.role === 'supporter');
  const own = readable.filter((entry) => !supporters.includes(entry));
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const word of words) {
    const isWord = Object.hasOwn(WORDS, word);
    const entry = isWord ? WORDS[word](own, supporters) : readable.find((e) => e.id === word);
    if (entry) ids.add(entry.id);
    else if (!isWord) unknown.push(word);
  }
  return { ids: [...ids], unknown };
}

/**
 * The ids of the readings to show until the person chooses, from a host's `show`, and
 * a warning when `show` cannot be used as given. A value of the wrong type, or a word
 * that is neither one of the words above nor a saved reading's id (checked once the
 * readings are `loaded`), falls back to the default; more than three saved readings named
 * are cut to the first three. When none of those named is saved, the default is shown. Never throws.
 */
export function initialShown(
  entries: readonly ReadingEntry[],
  show: unknown,
  loaded: boolean,
): { ids: string[]; warning?: string } {
  const words =
    typeof show === 'string' ? show.split(/\s+/).filter(Boolean) : show == null ? [] : undefined;
  const { ids, unknown } = pick(entries, words ?? []);
  const fallback = pick(entries, DEFAULT_SHOW).ids;
  const problem = !words
    ? `is a ${typeof show}, not text`
    : loaded && unknown.length
      ? `names "${unknown.join(' ')}"`
      : '';
  if (problem)
    return {
      ids: fallback,
      warning: `show ${problem}: use up to ${MAX_SHOWN_READINGS} of ${Object.keys(WORDS).join(', ')} or ids of saved readings. Showing "${DEFAULT_SHOW.join(' ')}".`,
    };
  return {
    ids: ids.length ? ids.slice(0, MAX_SHOWN_READINGS) : fallback,
    warning:
      ids.length > MAX_SHOWN_READINGS
        ? `show names more than ${MAX_SHOWN_READINGS} readings; the first ${MAX_SHOWN_READINGS} are shown.`
        : undefined,
  };
}
