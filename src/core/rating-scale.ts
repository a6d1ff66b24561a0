// The rating scale and the default area set's id, apart from the default areas
// (life-areas.ts): readings, sync's merge and the Welsh locale need only these, so the
// script-tag build keeps the areas' words in the star assessment's chunk.

/** The lowest score on the rating scale. */
export const SCALE_MIN = 1;
/** The highest score on the rating scale. */
export const SCALE_MAX = 10;

/** The id of the default area set. */
export const DEFAULT_AREA_SET_ID = 'rk-default-v1';

/** True for a whole number on the scale (1-10). */
export function isScore(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX
  );
}
