/**
 * Bringing together an edit of a journal entry and a change saved to the same entry
 * somewhere else (another tab, another device) while the person was editing.
 */
import { normalizeEntry, type Entry } from './entry.js';

/** The fields a person edits in the journal's form (`pinned` and `writtenAt` are kept as stored). */
export type EntryEdit = Omit<Entry, 'pinned' | 'writtenAt'>;

/** What {@link mergeEntryEdits} made of the two sides. */
export interface EntryMerge {
  /** The entry to save. */
  entry: Entry;
  /** True when the other side changed a field the person edits, so they should be told. */
  changedElsewhere: boolean;
  /** True when both sides changed the text, so the other side's text was added below. */
  keptBoth: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields of an {@link EntryEdit}, so that anything else the edit object carries is ignored. */
const EDITED: (keyof EntryEdit)[] = [
  'body',
  'prompt',
  'goodThings',
  'hope',
  'tags',
  'chime',
  'date',
];

/**
 * Combines the person's edit (`mine`, started from `base`) with the entry as stored now
 * (`theirs`), field by field:
 *
 * - changed only here: the person's value; changed only elsewhere: that value;
 * - tags and CHIME processes changed on both sides: the person's, plus what was added
 *   elsewhere, minus what was taken away elsewhere;
 * - the text changed on both sides (the body, the good things): the person's text stays
 *   exactly as written (it is what they just wrote), and the other side's text (the good
 *   things not also written here) is added at the end of the body, below a line reading
 *   `separator`. Both are then plainly there for the person to tidy up, and nothing is
 *   dropped without them seeing it. (Offering a choice instead would leave the other text
 *   only in a message that is easy to miss or close.)
 * - anything else changed on both sides (hope check-in, date, prompt): the person's.
 *
 * `pinned` and `writtenAt` stay as stored. Without a `base` (a draft kept by an older
 * version), every field that differs counts as changed on both sides. With `base` equal
 * to `theirs` (nothing changed elsewhere) the result is simply the person's edit. The
 * body can come out longer than an entry may be; the caller must check.
 */
export function mergeEntryEdits(
  base: Entry | undefined,
  mine: EntryEdit,
  theirs: Entry,
  separator: string,
): EntryMerge {
  const entry: Record<string, unknown> = { ...theirs };
  const below: string[] = [];
  let changedElsewhere = false;
  for (const key of EDITED) {
    const ours = mine[key];
    const other = theirs[key];
    const was = base?.[key];
    if (same(ours, other)) continue;
    const theirsChanged = !base || !same(other, was);
    changedElsewhere ||= theirsChanged;
    if (base && same(ours, was)) continue;
    entry[key] = ours;
    if (!theirsChanged) continue;
    if (key === 'tags' || key === 'chime') {
      const had = (was ?? []) as string[];
      const kept = (other as string[]).filter((item) => !had.includes(item));
      entry[key] = [
        ...(ours as string[]).filter(
          (item) => !had.includes(item) || (other as string[]).includes(item),
        ),
        ...kept,
      ];
    }
    if (key === 'body') below.push(other as string);
    if (key === 'goodThings')
      for (const thing of theirs.goodThings)
        if (!mine.goodThings.some((mineThing) => same(mineThing, thing)))
          below.push([thing.what, thing.why].filter(Boolean).join(' - '));
  }
  const keptBoth = below.join('').trim() !== '';
  if (keptBoth) entry.body = [entry.body, separator, ...below].filter(Boolean).join('\n\n');
  return { entry: normalizeEntry(entry as unknown as Entry), changedElsewhere, keptBoth };
}
