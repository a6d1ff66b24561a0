import { html, nothing, type TemplateResult } from 'lit';
import type { ImportReport } from '../../storage/import-plan.js';
import { renderHeading } from '../heading.js';
import type { RkTool } from '../rk-tool.js';
import type { MyDataStrings } from './my-data.strings.js';

/** Why a chosen file was refused, as the key of its message. */
export type Refusal = 'notACopy' | 'newerCopy' | 'damagedCopy';

/** What the "Bring back a copy" section shows and does. */
export interface ImportView {
  /** The checked file and what bringing it back would do, while the person decides. */
  preview: { report: ImportReport } | undefined;
  refusal: Refusal | undefined;
  /** What the last import did. */
  imported: ImportReport | undefined;
  /** The "did not work" note, when the last attempt failed. */
  problem: unknown;
  onChoose: (input: HTMLInputElement) => void;
  onImport: () => void;
  onNotNow: () => void;
}

/** What the "Erase everything here" section shows and does. */
export interface EraseView {
  confirming: boolean;
  erased: boolean;
  /** Whose server the records are synced to (the erase goes there too), or `undefined`. */
  syncedTo: string | undefined;
  problem: unknown;
  onToggle: () => void;
  onErase: () => void;
  onKeep: () => void;
}

/** "Bring back a copy": the file field, the dry run's description and its buttons. */
export function importSection(host: RkTool, s: MyDataStrings, v: ImportView): TemplateResult {
  const report = v.preview?.report;
  const error = v.refusal && s[v.refusal];
  return html`<section class="stack" part="import">
    ${renderHeading(host, s.importHeading, 1)}
    <div class="field" part="field">
      <label class="label" part="label" for="copy-file">${s.fileLabel}</label>
      <p class="hint" part="hint" id="copy-file-hint">${s.importHint}</p>
      ${error ? html`<p class="field-error" part="field-error" id="copy-file-error">${error}</p>` : nothing}
      <input
        id="copy-file"
        part="control"
        type="file"
        accept=".json,application/json"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${`copy-file-hint${error ? ' copy-file-error' : ''}`}
        @change=${(event: Event) => v.onChoose(event.target as HTMLInputElement)}
      />
    </div>
    ${
      report
        ? html`<div class="panel stack" part="preview">
            ${
              report.added + report.replaced
                ? html`<p id="copy-preview">
                      ${s.preview(report.added, report.replaced, report.kept)}
                    </p>
                    <div class="cluster">
                      <button
                        type="button"
                        id="import-confirm"
                        aria-describedby="copy-preview"
                        @click=${v.onImport}
                      >
                        ${s.importButton}
                      </button>
                      <button type="button" class="secondary" @click=${v.onNotNow}>
                        ${s.importCancel}
                      </button>
                    </div>`
                : html`<p>${s.nothingNew}</p>`
            }
          </div>`
        : nothing
    }
    ${
      v.imported
        ? html`<p part="result">${s.imported(v.imported.added, v.imported.replaced)}</p>`
        : nothing
    }
    ${v.problem}
  </section>`;
}

/** "Erase everything here": the button, the second plain warning and its buttons. */
export function eraseSection(host: RkTool, s: MyDataStrings, v: EraseView): TemplateResult {
  return html`<section class="stack" part="erase">
    ${renderHeading(host, s.eraseHeading, 1)}
    <p class="hint">${s.eraseHint}</p>
    <div>
      <button
        type="button"
        class="secondary"
        id="erase-start"
        aria-expanded=${v.confirming ? 'true' : 'false'}
        @click=${v.onToggle}
      >
        ${s.eraseStart}
      </button>
    </div>
    ${
      v.confirming
        ? html`<div
            class="panel warning stack"
            part="erase-warning"
            id="erase-warning"
            role="group"
            aria-labelledby="erase-warning-text"
            tabindex="-1"
          >
            <p id="erase-warning-text">
              ${v.syncedTo === undefined ? s.eraseWarning : s.eraseWarningSynced(v.syncedTo)}
            </p>
            <div class="cluster">
              <button type="button" id="erase-confirm" @click=${v.onErase}>
                ${s.eraseConfirm}
              </button>
              <button type="button" class="secondary" id="erase-cancel" @click=${v.onKeep}>
                ${s.eraseCancel}
              </button>
            </div>
          </div>`
        : nothing
    }
    ${v.erased ? html`<p part="result">${erasedText(s, v)}</p>` : nothing} ${v.problem}
  </section>`;
}

/** What was erased, and where it will be: the same words are announced. */
export function erasedText(s: MyDataStrings, v: Pick<EraseView, 'syncedTo'>): string {
  return v.syncedTo === undefined ? s.erased : s.erasedSynced(v.syncedTo);
}
