/** Small checks that every model uses on data read back from storage or given by a host. */

/** True for a plain object (not `null`, not a list), as stored data is checked. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
