import {
  envelopeProblem,
  recordKeyProblem,
  type CorruptRecord,
  type RecordEnvelope,
} from './record.js';
import { isPlainObject } from './validate.js';

/**
 * The backup file format: every record of every kind, as stored, in versioned JSON
 * with a SHA-256 checksum so a damaged or edited file is refused whole instead of
 * half-imported. DOM-free (needs only `crypto.subtle`).
 */

/** The `format` marker of a recovery-kit backup. */
export const EXPORT_FORMAT = 'recovery-kit';
/** The format version this code writes and the newest it can read. */
export const EXPORT_FORMAT_VERSION = 1;

/**
 * One record in a backup: an envelope (tombstones included) or a value that could not
 * be read when it was exported, kept exactly as found.
 */
export type ExportedRecord = RecordEnvelope | CorruptRecord;

/** A backup file's content. */
export interface ExportBundle {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  records: ExportedRecord[];
  /** `sha256:` and the hex digest of the canonical JSON of every other field. */
  checksum: string;
}

/** Why a backup was refused. `index` points at the record concerned, when there is one. */
export interface BundleProblem {
  code:
    | 'malformed'
    | 'not-a-backup'
    | 'future-version'
    | 'checksum-mismatch'
    | 'bad-record'
    | 'duplicate-record';
  message: string;
  index?: number;
}

/** The outcome of checking a backup: the bundle, or every reason it was refused. */
export type BundleCheck =
  { ok: true; bundle: ExportBundle } | { ok: false; problems: BundleProblem[] };

/** Builds a backup of `records` with its checksum. */
export async function createBundle(
  records: ExportedRecord[],
  exportedAt = new Date().toISOString(),
): Promise<ExportBundle> {
  const content = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    records,
  } as const;
  return { ...content, checksum: await checksumOf(content) };
}

/**
 * Checks a backup (an object, or the text of a file) before anything is written:
 * shape, format version, every record, no duplicates, and the checksum.
 */
export async function checkBundle(input: unknown): Promise<BundleCheck> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return refused('malformed', 'The file is not valid JSON.');
    }
  }
  if (typeof value !== 'object' || value === null)
    return refused('malformed', 'The file does not hold a backup.');
  const bundle = value as Partial<ExportBundle>;
  if (bundle.format !== EXPORT_FORMAT)
    return refused('not-a-backup', 'The file is not a recovery-kit backup.');
  if (!Number.isInteger(bundle.formatVersion) || (bundle.formatVersion as number) < 1) {
    return refused('malformed', 'The backup has no valid format version.');
  }
  if ((bundle.formatVersion as number) > EXPORT_FORMAT_VERSION) {
    return refused(
      'future-version',
      `The backup was made by a newer version (format ${bundle.formatVersion}); update to import it.`,
    );
  }
  if (
    typeof bundle.exportedAt !== 'string' ||
    !Array.isArray(bundle.records) ||
    typeof bundle.checksum !== 'string'
  ) {
    return refused('malformed', 'The backup is missing its date, records or checksum.');
  }
  const problems = recordProblems(bundle.records);
  if (problems.length) return { ok: false, problems };
  const { checksum, ...content } = bundle as ExportBundle;
  if ((await checksumOf(content)) !== checksum) {
    return refused('checksum-mismatch', 'The backup was changed or damaged after it was made.');
  }
  return { ok: true, bundle: bundle as ExportBundle };
}

function recordProblems(records: unknown[]): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const seen = new Set<string>();
  records.forEach((value, index) => {
    const keyProblem = recordKeyProblem(value);
    const corrupt = isPlainObject(value) && value.corrupt === true;
    const reason = keyProblem ?? (corrupt ? undefined : envelopeProblem(value));
    if (reason)
      problems.push({ code: 'bad-record', message: `Record ${index + 1}: ${reason}`, index });
    if (keyProblem) return;
    const { kind, id } = value as ExportedRecord;
    const key = JSON.stringify([kind, id]);
    if (seen.has(key))
      problems.push({
        code: 'duplicate-record',
        message: `Record ${index + 1} appears twice.`,
        index,
      });
    seen.add(key);
  });
  return problems;
}

function refused(code: BundleProblem['code'], message: string): BundleCheck {
  return { ok: false, problems: [{ code, message }] };
}

async function checksumOf(content: Omit<ExportBundle, 'checksum'>): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
