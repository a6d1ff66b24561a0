/**
 * The small steps every three-way merge of a record takes (`goal-merge.ts`,
 * `plan-merge.ts`, `reading-merge.ts`): the version an edit started from (`base`), the person's edit
 * (`mine`) and what is stored now (`theirs`).
 */

/** True when two values hold the same data. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One value: whichever side changed it; the person's when both did. */
export function pick<V>(base: V, mine: V, theirs: V): V {
  return same(mine, base) ? theirs : mine;
}

/** A set of keys: the person's, plus what was added elsewhere, minus what was taken away elsewhere. */
export function mergeSet<V>(base: readonly V[], mine: readonly V[], theirs: readonly V[]): V[] {
  const kept = mine.filter((item) => !base.includes(item) || theirs.includes(item));
  return [...kept, ...theirs.filter((item) => !base.includes(item) && !kept.includes(item))];
}

/** A text: whichever side changed it; changed on both sides, both, the person's first (`short` texts on one line). */
export function mergeText(
  base: string,
  mine: string,
  theirs: string,
  short: boolean,
): { text: string; keptBoth: boolean } {
  if (mine !== base && theirs !== base && mine !== theirs)
    return { text: short ? `${mine} / ${theirs}` : `${mine}\n\n${theirs}`, keptBoth: true };
  return { text: pick(base, mine, theirs), keptBoth: false };
}
