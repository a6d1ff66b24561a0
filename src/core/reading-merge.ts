/**
 * Bringing together an edit of a saved reading and a change saved to the same reading
 * somewhere else (another tab) meanwhile: a three-way merge from the version the edit
 * started from, life area by life area.
 */
import type { Reading } from './reading.js';
import { mergeSet, pick, same } from './three-way.js';

/** What {@link mergeReadings} made of the two sides. */
export interface ReadingMerge {
  reading: Reading;
  /** True when the same area's note was changed on both sides, so both were kept (tell the person). */
  keptBoth: boolean;
}

/** One value per area key: each area from the side that changed it (the person's when both did). */
function byArea<V>(base: Record<string, V>, mine: Record<string, V>, theirs: Record<string, V>) {
  const merged: Record<string, V> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const value = pick(base[key], mine[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Combines the person's edit of a reading (`mine`, started from `base`) with the reading
 * as stored now (`theirs`): scores and notes merge area by area; the same area's note
 * changed on both sides keeps both notes (the person's first, then theirs, on one line,
 * so a note stays a short line) and says so; focus areas merge as a set (the most a
 * reading allows is left to the store's check, which the person then sees); the day and
 * whose view take the side that changed them. With `base` equal to `theirs` the result
 * is the person's edit.
 */
export function mergeReadings(base: Reading, mine: Reading, theirs: Reading): ReadingMerge {
  if (same(base, theirs)) return { reading: mine, keptBoth: false };
  let keptBoth = false;
  const notes = byArea(base.notes, mine.notes, theirs.notes);
  for (const key of new Set([...Object.keys(mine.notes), ...Object.keys(theirs.notes)])) {
    const [was = '', ours = '', other = ''] = [base.notes[key], mine.notes[key], theirs.notes[key]];
    if (ours === was || other === was || ours === other) continue;
    // Changed on both sides: both notes kept; one side emptied it, the other's words kept.
    notes[key] = ours && other ? `${ours} / ${other}` : ours || other;
    keptBoth = true;
  }
  return {
    reading: {
      ...theirs,
      takenAt: pick(base.takenAt, mine.takenAt, theirs.takenAt),
      by: pick(base.by, mine.by, theirs.by),
      scores: byArea(base.scores, mine.scores, theirs.scores),
      notes,
      focusAreas: mergeSet(base.focusAreas, mine.focusAreas, theirs.focusAreas),
    },
    keptBoth,
  };
}
