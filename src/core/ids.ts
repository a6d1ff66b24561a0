/**
 * Identifiers made on the person's device: record ids (UUID v4) and revision tokens.
 * Uses `crypto.randomUUID` where the page is a secure context, and builds the same
 * kind of UUID from `crypto.getRandomValues` where it is not (plain-http intranets).
 */

/** A new random UUID (version 4). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The revision that follows `previous`: a write counter plus a random part, for
 * example `3-9f1c2a7b`. Readers treat it as opaque; the counter only helps people
 * reading exported data.
 */
export function nextRevision(previous?: string): string {
  return `${revisionGeneration(previous) + 1}-${newId().slice(0, 8)}`;
}

/** The write counter of a revision made by {@link nextRevision} (`3-9f1c2a7b` -> 3); 0 for none or another shape. */
export function revisionGeneration(rev: string | undefined): number {
  return (rev && parseInt(rev, 10)) || 0;
}
