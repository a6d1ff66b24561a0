/**
 * The journal's unsaved draft (record kind `entry-draft`): what a person is typing,
 * kept in the store while they write so it survives the element being re-created
 * and the page being hidden. Each open journal keeps its draft of a new entry under an
 * id of its own, so two tabs writing never share one; it is removed when the entry is
 * saved or the draft deliberately discarded, and erase-all removes every one.
 */
import type { RecordModel, ValidationCode, ValidationProblem } from './model.js';
import { isChimeKey, type ChimeKey } from './chime.js';
import { isPlainObject } from './validate.js';
import {
  ENTRY_LIMITS,
  HOPE_MAX,
  HOPE_MIN,
  localIsoDate,
  normalizeEntry,
  parseTags,
  validateEntry,
  type Entry,
  type EntryPrompt,
  type GoodThing,
} from './entry.js';
import type { EntryEdit } from './entry-merge.js';

/** The id older versions kept their one draft per store under (taken over like any orphan draft). */
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
  /**
   * Set when the draft edits a saved entry: which one, the revision the edit started
   * from, and the entry as it was then (`base`, so a change saved elsewhere meanwhile can
   * be merged field by field; missing in drafts kept by older versions).
   */
  editing: { id: string; rev: string; base?: Entry } | null;
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

/** An empty draft for today. */
export function blankDraft(): EntryDraft {
  return {
    body: '',
    prompt: null,
    goodThings: [],
    hope: null,
    tagText: '',
    chime: [],
    date: localIsoDate(),
    editing: null,
  };
}

/** Three empty "good things", for the form that asks for them. */
export const threeBlankThings = (): GoodThing[] => [0, 1, 2].map(() => ({ what: '', why: '' }));

/** A draft editing the saved entry `id`, last read at `rev`. */
export function draftOfEntry(id: string, rev: string, entry: Entry): EntryDraft {
  return {
    body: entry.body,
    prompt: entry.prompt,
    goodThings: entry.goodThings.length
      ? [...entry.goodThings, ...threeBlankThings()].slice(0, 3)
      : [],
    hope: entry.hope,
    tagText: entry.tags.join(', '),
    chime: [...entry.chime],
    date: entry.date,
    editing: { id, rev, base: entry },
  };
}

/** The draft without its prompt: any "good things" text moves into the body, so nothing typed is lost. */
export function withoutPrompt(draft: EntryDraft): Partial<EntryDraft> {
  const carried = draft.goodThings
    .filter((thing) => thing.what.trim() || thing.why.trim())
    .map((thing) => [thing.what, thing.why].filter((part) => part.trim()).join(' - '));
  const body = [draft.body, ...carried].filter((part) => part.trim()).join('\n');
  return { prompt: null, goodThings: [], body };
}

/** The fields a draft would save, tidied (tags parsed, empty good things dropped). */
export function editOfDraft(draft: EntryDraft): EntryEdit {
  const { editing: _editing, tagText, ...rest } = draft;
  const {
    pinned: _pinned,
    writtenAt: _writtenAt,
    ...edit
  } = normalizeEntry({
    ...rest,
    tags: parseTags(tagText),
    pinned: false,
    writtenAt: '',
  });
  return edit;
}

type Check = [field: keyof EntryDraft, code: ValidationCode, ok: (value: unknown) => boolean];

const isString = (value: unknown): value is string => typeof value === 'string';

/** One check per field: the field, the problem code when it fails, and the test. */
const DRAFT_CHECKS: Check[] = [
  ['body', 'invalid-type', (v) => isString(v) && v.length <= ENTRY_LIMITS.body],
  [
    'prompt',
    'invalid-type',
    (v) => v === null || (isPlainObject(v) && isString(v.id) && isString(v.text)),
  ],
  [
    'goodThings',
    'invalid-type',
    (v) =>
      Array.isArray(v) &&
      v.length <= ENTRY_LIMITS.goodThings &&
      v.every((t: unknown) => isPlainObject(t) && isString(t.what) && isString(t.why)),
  ],
  [
    'hope',
    'out-of-range',
    (v) =>
      v === null || (Number.isInteger(v) && (v as number) >= HOPE_MIN && (v as number) <= HOPE_MAX),
  ],
  ['tagText', 'invalid-type', isString],
  ['chime', 'invalid-value', (v) => Array.isArray(v) && v.every(isChimeKey)],
  ['date', 'invalid-type', isString],
  [
    'editing',
    'invalid-type',
    (v) =>
      v === null ||
      (isPlainObject(v) &&
        isString(v.id) &&
        isString(v.rev) &&
        (v.base === undefined || !validateEntry(v.base).length)),
  ],
];

/** Problems with a stored draft; lenient about emptiness, strict about shape. */
export function validateEntryDraft(data: unknown): ValidationProblem[] {
  if (!isPlainObject(data)) return [{ path: '', code: 'invalid-type' }];
  return DRAFT_CHECKS.filter(([field, , ok]) => !ok(data[field])).map(([path, code]) => ({
    path,
    code,
  }));
}

/** The record model for the journal's draft. */
export const entryDraftModel: RecordModel<EntryDraft> = {
  kind: 'entry-draft',
  schemaVersion: 1,
  validate: validateEntryDraft,
};
