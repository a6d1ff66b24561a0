/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 128 random bits. */
const CODE_BYTES = 16;

/** Characters per group when a code is shown. */
const GROUP = 4;

/**
 * A new recovery code: 128 random bits as 26 Crockford base32 characters in groups of four
 * (`7K2M-9QXD-...`). The last group is shorter.
 */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_BYTES));
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let digits = '';
  // 26 digits of 5 bits hold 130 bits; the top two are always zero.
  for (let at = 0; at < 26; at += 1) {
    digits = ALPHABET[Number(bits & 31n)] + digits;
    bits >>= 5n;
  }
  return digits.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/**
 * The canonical form of a recovery code as a person typed it: upper case, without spaces
 * or dashes, with O read as 0 and I or L as 1 (Crockford's rule). `undefined` when it
 * cannot be a code.
 */
export function normalizeRecoveryCode(typed: string): string | undefined {
  const digits = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (digits.length !== 26 || [...digits].some((digit) => !ALPHABET.includes(digit)))
    return undefined;
  return digits;
}
