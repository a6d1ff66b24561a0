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
