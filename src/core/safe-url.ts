/** The only URL schemes recovery-kit ever puts in a link. */
export const SAFE_URL_SCHEMES: readonly string[] = ['https:', 'tel:', 'sms:', 'mailto:'];

const warned = new Set<string>();

/**
 * `url` when its scheme is `https:`, `tel:`, `sms:` or `mailto:`; otherwise `undefined`,
 * with a `console.warn` (once per URL) saying why. Use it for every host- or
 * person-supplied link (crisis contacts, plan contacts): `href=${ifDefined(safeHref(x))}`
 * and render the contact as plain text when it returns undefined.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (url == null || url === '') return undefined;
  const trimmed = String(url).trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && SAFE_URL_SCHEMES.includes(`${scheme}:`)) return trimmed;
  if (!warned.has(trimmed)) {
    warned.add(trimmed);
    const reason = scheme ? `the "${scheme}:" scheme is not allowed` : 'it has no scheme';
    console.warn(
      `recovery-kit: refused the link "${trimmed.slice(0, 80)}": ${reason}. Only https:, tel:, sms: and mailto: links are shown.`,
    );
  }
  return undefined;
}
