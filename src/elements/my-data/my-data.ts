import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { BundleProblem } from '../../core/export-format.js';
import { localDay } from '../../core/calendar-day.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import type { ImportReport } from '../../storage/import-plan.js';
import type { RecordStore } from '../../storage/record-store.js';
import { syncLinkOf } from '../../storage/synced-stores.js';
import { toolStyles } from '../../styles/tool-styles.js';
import { downloadBlob } from '../chart/download-image.js';
import { StoreController } from '../controllers/store-controller.js';
import { renderHeading } from '../heading.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import { myDataStrings, type MyDataStrings } from './my-data.strings.js';
import { myDataStyles } from './my-data.styles.js';
import { erasedText, eraseSection, importSection, type Refusal } from './my-data-sections.js';
import type {} from '../../events/my-data-events.js';
import { timeOfDay } from '../../i18n/date-display.js';

/** The backup code, fetched the first time a copy is made or read (most pages never need it). */
const backup = () => import('../../storage/backup.js');

/** Which of the three actions a message or failure belongs to. */
type Action = 'export' | 'import' | 'erase';

function refusalOf(code: BundleProblem['code'] | undefined): Refusal {
  if (code === 'not-a-backup') return 'notACopy';
  return code === 'future-version' ? 'newerCopy' : 'damagedCopy';
}

/**
 * Lets a person take their data away and bring it back: save a copy of everything
 * kept in this namespace as a file, bring a saved copy back (checked and described
 * first, then merged: what is here stays, newer things from the copy are added or
 * updated), or erase everything after a second, plain warning. It uses the same store
 * as the tools around it, and they refresh themselves after an import or an erase.
 *
 * `readonly` leaves only "Save a copy".
 *
 * @summary Save a copy of everything, bring a copy back, or erase everything here.
 * @fires rk-data-exported - A copy was made and downloaded. `detail: { count, fileName }`.
 * @fires rk-data-imported - A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...).
 * @fires rk-data-erased - Everything in the store was erased. `detail: {}`.
 * @fires rk-storage-error - Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`.
 * @csspart header - The title, help link and save status; `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
 * @csspart heading - The title and each section's heading.
 * @csspart export - The "Save a copy" section.
 * @csspart import - The "Bring back a copy" section.
 * @csspart erase - The "Erase everything here" section.
 * @csspart field - The file field; `label`, `hint`, `field-error` and `control` are its pieces.
 * @csspart preview - What bringing back the chosen copy would do, with its buttons.
 * @csspart erase-warning - The warning shown before erasing, with its buttons.
 * @csspart result - What was just done (copy saved, copy back, erased).
 * @csspart problem - A note that an action did not work.
 * @cssprop --rk-color-notice - The edge of the erase warning.
 * @cssprop --rk-color-surface-raised - Background of the erase warning and the preview.
 * @cssprop --rk-color-accent - Buttons.
 */
export class RkMyData extends RkTool {
  static override styles = [RkElement.styles, toolStyles, myDataStyles];

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    exportedAt: { state: true, attribute: false },
    preview: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    imported: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    erased: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Overrides for any of the element's words. */
  strings?: StringOverrides<MyDataStrings>;

  private exportedAt: { at: Date; fileName: string } | undefined;
  private preview: { text: string; report: ImportReport } | undefined;
  private refusal: Refusal | undefined;
  private imported: ImportReport | undefined;
  private confirming = false;
  private erased = false;
  private failed: Action | undefined;
  private announcement = '';

  readonly #t = new LocalizeController(this, 'my-data', myDataStrings, () => this.strings);
  readonly #data = new StoreController(this, {
    // A different store: nothing chosen or half-confirmed for the old one carries over.
    onReady: () => {
      this.preview = this.refusal = undefined;
      this.confirming = false;
    },
  });
  /** Counts files chosen, so only the newest one's check is shown. */
  #choice = 0;
  #busy = false;

  // ---- Actions --------------------------------------------------------------------

  /**
   * Runs a store operation through the save status (a failure shows "Try again", which
   * runs `operation` again, success steps included) and notes which action failed.
   * `kind`: `read` for exporting and checking a file, which never claim "Saved".
   */
  #run(
    action: Action,
    label: string,
    operation: (store: RecordStore) => Promise<void>,
    kind: 'read' | 'save' = 'save',
  ): Promise<unknown> {
    if (this.failed === action) this.failed = undefined;
    return this.#data
      [kind](label, async (store) => {
        await operation(store);
        if (this.failed === action) this.failed = undefined;
      })
      .catch(() => (this.failed = action));
  }

  /** Runs a confirmed import or erase, never two at once (a second press while it runs does nothing). */
  #runConfirmed(
    action: Action,
    label: string,
    operation: (store: RecordStore) => Promise<void>,
  ): void {
    if (this.#busy || this.readonly) return;
    this.#busy = true;
    void this.#run(action, label, operation).finally(() => (this.#busy = false));
  }

  #focus(id: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    );
  }

  #export(): void {
    void this.#run(
      'export',
      'export-copy',
      async (store) => {
        const { exportBundle } = await backup();
        const bundle = await exportBundle(store);
        const s = this.#t.strings;
        const fileName = s.fileName(localDay());
        const text = JSON.stringify(bundle, null, 2);
        downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
        this.exportedAt = { at: new Date(), fileName };
        this.announcement = s.exported(timeOfDay(this.exportedAt.at, this.#t.locale), fileName);
        this.emit('rk-data-exported', { count: bundle.records.length, fileName });
      },
      'read',
    );
  }

  /** A file was chosen: check it whole and say what bringing it back would do. */
  async #choose(input: HTMLInputElement): Promise<void> {
    const choice = ++this.#choice;
    this.preview = this.refusal = this.imported = undefined;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => undefined);
    if (choice !== this.#choice) return;
    if (text === undefined) return this.#refuse('malformed');
    await this.#run(
      'import',
      'check-copy',
      async (store) => {
        const { importBundle } = await backup();
        const report = await importBundle(store, text, { mode: 'merge', dryRun: true });
        if (choice !== this.#choice) return;
        if (!report.ok) return this.#refuse(report.problems[0]?.code);
        const s = this.#t.strings;
        this.preview = { text, report };
        this.announcement =
          report.added + report.replaced
            ? s.preview(report.added, report.replaced, report.kept)
            : s.nothingNew;
      },
      'read',
    );
  }

  #refuse(code: BundleProblem['code'] | undefined): void {
    this.refusal = refusalOf(code);
    this.announcement = this.#t.strings[this.refusal];
  }

  #import(): void {
    const preview = this.preview;
    if (!preview) return;
    this.#runConfirmed('import', 'import-copy', async (store) => {
      // Tried again after "Not now" or another file was chosen: the person no longer wants it.
      if (this.preview !== preview) return;
      const { importBundle } = await backup();
      const report = await importBundle(store, preview.text, { mode: 'merge' });
      if (this.preview === preview) this.#closePreview();
      this.imported = report;
      this.announcement = this.#t.strings.imported(report.added, report.replaced);
      this.emit('rk-data-imported', report);
    });
  }

  /** Forgets the chosen file and puts focus back on the field. */
  #closePreview(): void {
    this.preview = undefined;
    this.#choice += 1;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#copy-file');
    if (input) input.value = '';
    this.#focus('copy-file');
  }

  #toggleErase(): void {
    this.confirming = !this.confirming;
    this.erased = false;
    if (this.confirming) this.#focus('erase-warning');
  }

  #keep(): void {
    this.confirming = false;
    this.#focus('erase-start');
  }

  #erase(): void {
    this.#runConfirmed('erase', 'erase-all', async (store) => {
      // Tried again after "Keep my data": the person no longer wants it.
      if (!this.confirming || this.readonly) return;
      await store.purgeAll();
      this.confirming = false;
      this.erased = true;
      this.preview = this.imported = undefined;
      this.announcement = erasedText(this.#t.strings, { syncedTo: this.#syncedTo() });
      this.emit('rk-data-erased', {});
      this.#focus('erase-start');
    });
  }

  // ---- Rendering ------------------------------------------------------------------

  #problem(action: Action): unknown {
    return this.failed === action
      ? html`<p class="problem" part="problem">${this.#t.strings.failed}</p>`
      : nothing;
  }

  #renderExport(s: MyDataStrings): TemplateResult {
    const done = this.exportedAt;
    return html`<section class="stack" part="export">
      ${renderHeading(this, s.exportHeading, 1)}
      <p class="hint">${s.exportHint}</p>
      <div><button type="button" id="export" @click=${this.#export}>${s.exportButton}</button></div>
      ${done ? html`<p part="result">${s.exported(timeOfDay(done.at, this.#t.locale), done.fileName)}</p>` : nothing}
      ${this.#problem('export')}
    </section>`;
  }

  #renderImport(s: MyDataStrings): TemplateResult {
    return importSection(this, s, {
      preview: this.preview,
      refusal: this.refusal,
      imported: this.imported,
      problem: this.#problem('import'),
      onChoose: (input) => void this.#choose(input),
      onImport: () => this.#import(),
      onNotNow: () => this.#closePreview(),
    });
  }

  /** Whose server the store syncs to (named by the host, or in general words), if it syncs. */
  #syncedTo(): string | undefined {
    const link = syncLinkOf(this.#data.store);
    return link ? link.organisation || this.#t.strings.someOrganisation : undefined;
  }

  #renderErase(s: MyDataStrings): TemplateResult {
    return eraseSection(this, s, {
      confirming: this.confirming,
      erased: this.erased,
      syncedTo: this.#syncedTo(),
      problem: this.#problem('erase'),
      onToggle: () => this.#toggleErase(),
      onErase: () => this.#erase(),
      onKeep: () => this.#keep(),
    });
  }

  override render(): TemplateResult {
    const s = this.#t.strings;
    return html`${toolHeader(this, { title: s.heading, storage: this.#data })}
      <div class="stack">
        <p class="intro">${s.intro}</p>
        ${this.#renderExport(s)}
        ${this.readonly ? nothing : [this.#renderImport(s), this.#renderErase(s)]}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>`;
  }
}
