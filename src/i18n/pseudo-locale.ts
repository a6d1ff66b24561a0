const accented: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/**
 * Pseudo-localisation: accents every vowel, brackets the text and makes it about a third
 * longer, so any text that did not come through the localize layer stands out as plain
 * English, and layouts are tried with longer words. Register it as a locale:
 * `registerLocale('en-XA', { transform: pseudoLocalize })`.
 */
export function pseudoLocalize(text: string): string {
  const swapped = text.replace(/[aeiouycnAEIOUYCN]/g, (ch) => accented[ch] ?? ch);
  return `⟦${swapped}${'·'.repeat(Math.ceil(text.length / 3))}⟧`;
}

/** Right-to-left override and pop: each word is laid out right to left. */
const RLO = '\u202e';
const PDF = '\u202c';
/** Right-to-left mark: the text as a whole counts as right-to-left. */
const RLM = '\u200f';

/**
 * Bidirectional pseudo-localisation: every word is written right to left inside
 * right-to-left marks, so a right-to-left layout (`dir="rtl"`) can be tried with text
 * that behaves like Arabic or Hebrew. Register it as a locale, with `dir="rtl"` around:
 * `registerLocale('ar-XB', { transform: pseudoBidi })`.
 */
export function pseudoBidi(text: string): string {
  return `${RLM}${text.replace(/[^\s]+/g, (word) => `${RLO}${word}${PDF}`)}${RLM}`;
}
