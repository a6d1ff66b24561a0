/** Small checks that every model uses on data read back from storage or given by a host. */
import type { ValidationProblem } from './model.js';

/** True for a plain object (not `null`, not a list), as stored data is checked. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a string that is a moment in time (`2026-03-03T10:00:00.000Z`), as the models store them. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/**
 * Checks one text field, adding to `problems` at `path`: `invalid-type` when `value` is
 * not text, `required` when it is blank (only spaces) while `required`, `too-long` (with
 * `max`) when it has more than `max` characters. True when `value` is text.
 */
export function checkText(
  problems: ValidationProblem[],
  path: string,
  value: unknown,
  max: number,
  required = false,
): value is string {
  if (typeof value !== 'string') {
    problems.push({ path, code: 'invalid-type' });
    return false;
  }
  if (required && value.trim() === '') problems.push({ path, code: 'required' });
  else if (value.length > max) problems.push({ path, code: 'too-long', params: { max } });
  return true;
}

/**
 * Checks that `value` is a list of at most `max` entries, adding `invalid-type` or
 * `too-long` (with `max`) at `path`. True when it is a list, so its entries can be checked.
 */
export function checkList(
  problems: ValidationProblem[],
  path: string,
  value: unknown,
  max: number,
): value is unknown[] {
  if (!Array.isArray(value)) {
    problems.push({ path, code: 'invalid-type' });
    return false;
  }
  if (value.length > max) problems.push({ path, code: 'too-long', params: { max } });
  return true;
}
