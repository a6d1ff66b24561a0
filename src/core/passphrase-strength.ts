/** How hard a passphrase looks to guess: a hint for the person, never a rule. */
export type PassphraseStrength = 'short' | 'fair' | 'good';

/**
 * A rough, rule-free estimate of strength from length and variety, so that four
 * ordinary words count as good and `password1` does not. It only ever informs: any
 * passphrase the person chooses is accepted.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const characters = [...passphrase.trim()];
  const distinct = new Set(characters).size;
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  if (characters.length < 10 || distinct < 6) return 'short';
  if (characters.length < 16 && words < 3) return 'fair';
  return 'good';
}
