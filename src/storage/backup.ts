import { checkBundle, createBundle, type ExportBundle } from '../core/export-format.js';
import { planImport, type ImportReport } from './import-plan.js';
import type { RecordStore } from './record-store.js';
import { StorageError } from './storage-error.js';

// Backups of a whole store. They are functions beside `RecordStore` rather than its
// methods, so a page that never makes or reads a backup does not download this code.

/** Options for {@link importBundle}. */
export interface ImportOptions {
  /** `merge`: keep what is stored and add or update from the backup; `replace`: the backup becomes everything. */
  mode: 'merge' | 'replace';
  /** Report what would happen and write nothing. */
  dryRun?: boolean;
}

/** A versioned, checksummed backup of everything in `store` (unreadable records included as they are). */
export async function exportBundle(store: RecordStore): Promise<ExportBundle> {
  await store.open();
  return createBundle(await store.adapter.exportAll());
}

/**
 * Imports a backup (an object or the file's text) into `store`. The backup is checked
 * whole first: a malformed, damaged or newer-format file writes nothing (a dry run
 * reports why; a real import rejects with `invalid-import`, the report as its `cause`).
 * A real import writes all of it or nothing, and every tab is told (`import`).
 */
export async function importBundle(
  store: RecordStore,
  bundle: unknown,
  options: ImportOptions,
): Promise<ImportReport> {
  const { mode, dryRun = false } = options;
  const checked = await checkBundle(bundle);
  if (!checked.ok) {
    const report: ImportReport = {
      ok: false,
      dryRun,
      mode,
      added: 0,
      replaced: 0,
      kept: 0,
      removed: 0,
      problems: checked.problems,
    };
    if (dryRun) return report;
    const reasons = checked.problems.map((problem) => problem.message).join(' ');
    throw new StorageError('invalid-import', `Nothing was imported. ${reasons}`, {
      cause: report,
    });
  }
  await store.open();
  const plan = planImport(await store.adapter.exportAll(), checked.bundle.records, mode);
  if (!dryRun) await store.adapter.importAll(plan.write, { mode });
  return { ok: true, dryRun, mode, ...plan.report, problems: [] };
}
