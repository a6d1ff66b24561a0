/**
 * The journal's unsaved draft (record kind `entry-draft`): what a person is typing,
 * kept in the store while they write so it survives the element being re-created
 * and the page being hidden. There is one draft per store (namespace), under a
 * fixed id; it is removed when the entry is saved or the draft deliberately discarded.
 */
import type { RecordModel, ValidationProblem } from './model.js';
import { isChimeKey, type ChimeKey } from './chime.js';
import { ENTRY_LIMITS, HOPE_MAX, HOPE_MIN, type EntryPrompt, type GoodThing } from './entry.js';

/** The fixed id of the one draft in a store. */
export const ENTRY_DRAFT_ID = 'current';

/** An entry being written or edited, as typed (nothing trimmed or dropped yet). */
export interface EntryDraft {
  body: string;
  prompt: EntryPrompt | null;
  /** Always three slots while the three-good-things form is in use; empty otherwise. */
  goodThings: GoodThing[];
  hope: number | null;
  /** The tag field exactly as typed (comma-separated). */
  tagText: string;
  chime: ChimeKey[];
  /** `YYYY-MM-DD`. */
  date: string;
  /** Set when the draft edits a saved entry: which one, and the revision it started from. */
  editing: { id: string; rev: string } | null;
}

/** True when a draft holds nothing a person typed or chose (so it need not be kept). */
export function isBlankDraft(draft: EntryDraft): boolean {
  return (
    draft.body.trim() === '' &&
    draft.goodThings.every((thing) => thing.what.trim() === '' && thing.why.trim() === '') &&
    draft.hope === null &&
    draft.tagText.trim() === '' &&
    draft.chime.length === 0 &&
    draft.editing === null
  );
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Problems with a stored draft; lenient about emptiness, strict about shape. */
export function validateEntryDraft(data: unknown): ValidationProblem[] {
  if (typeof data !== 'object' || data === null) return [{ path: '', code: 'invalid-type' }];
  const draft = data as Record<string, unknown>;
  const problems: ValidationProblem[] = [];
  if (!isString(draft.body)) problems.push({ path: 'body', code: 'invalid-type' });
  else if (draft.body.length > ENTRY_LIMITS.body) problems.push({ path: 'body', code: 'too-long' });
  const prompt = draft.prompt as Partial<EntryPrompt> | null;
  if (
    prompt !== null &&
    (typeof prompt !== 'object' || !isString(prompt.id) || !isString(prompt.text))
  ) {
    problems.push({ path: 'prompt', code: 'invalid-type' });
  }
  const goodThings = draft.goodThings;
  if (
    !Array.isArray(goodThings) ||
    goodThings.length > ENTRY_LIMITS.goodThings ||
    !goodThings.every(
      (thing: Partial<GoodThing> | null) => isString(thing?.what) && isString(thing?.why),
    )
  ) {
    problems.push({ path: 'goodThings', code: 'invalid-type' });
  }
  const hope = draft.hope;
  if (
    hope !== null &&
    (typeof hope !== 'number' || !Number.isInteger(hope) || hope < HOPE_MIN || hope > HOPE_MAX)
  ) {
    problems.push({ path: 'hope', code: 'out-of-range' });
  }
  if (!isString(draft.tagText)) problems.push({ path: 'tagText', code: 'invalid-type' });
  if (!Array.isArray(draft.chime) || !draft.chime.every(isChimeKey)) {
    problems.push({ path: 'chime', code: 'invalid-value' });
  }
  if (!isString(draft.date)) problems.push({ path: 'date', code: 'invalid-type' });
  const editing = draft.editing as { id?: unknown; rev?: unknown } | null;
  if (
    editing !== null &&
    (typeof editing !== 'object' || !isString(editing.id) || !isString(editing.rev))
  ) {
    problems.push({ path: 'editing', code: 'invalid-type' });
  }
  return problems;
}

/** The record model for the journal's draft. */
export const entryDraftModel: RecordModel<EntryDraft> = {
  kind: 'entry-draft',
  schemaVersion: 1,
  validate: validateEntryDraft,
};
