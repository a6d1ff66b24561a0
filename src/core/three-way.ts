/**
 * The small steps every three-way merge of a record takes (`plan-merge.ts`,
 * `reading-merge.ts`): the version an edit started from (`base`), the person's edit
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
