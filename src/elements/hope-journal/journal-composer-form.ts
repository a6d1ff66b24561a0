import { html, nothing, type TemplateResult } from 'lit';
import { isBlankDraft, type EntryDraft } from '../../core/entry-draft.js';
import { ENTRY_LIMITS } from '../../core/entry.js';
import { textAreaField, textField } from '../form-field.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { FieldName } from './journal-composer-check.js';
import { renderChime, renderGoodThings, renderHope } from './journal-composer-fields.js';
import { renderDiscard, renderPrompt, type PromptView } from './journal-composer-prompt.js';

/** What the "write an entry" form shows, and what it reports back to the composer. */
export interface ComposerFormView {
  strings: HopeJournalStrings;
  draft: EntryDraft;
  /** A message per field that did not pass the check on Save. */
  errors: Partial<Record<FieldName, string>>;
  /** True while the entry is being saved (Save is disabled). */
  busy: boolean;
  /** The status line under the form ("Entry saved", a note about another tab), else ''. */
  status: string;
  /** True while "discard this draft?" is being asked. */
  confirmingDiscard: boolean;
  /** The prompt area (shown only for a new entry). */
  prompt: Omit<PromptView, 'strings' | 'inUse'>;
  /** The form's title, at the journal's heading level. */
  heading: (text: string) => TemplateResult;
  onChange: (patch: Partial<EntryDraft>) => void;
  onSave: () => void;
  onAskDiscard: () => void;
  onDiscard: () => void;
  onKeep: () => void;
}

/**
 * The composer's form: prompt, the "three good things" (when that prompt is in use), the
 * text, hope check-in, CHIME processes, tags and date, then Save and Discard (or Cancel
 * while editing), the discard question and a polite status line. It holds no state: every
 * change goes back through `onChange`.
 */
export function renderComposerForm(view: ComposerFormView): TemplateResult {
  const { strings, draft, errors } = view;
  const three = draft.goodThings.length > 0;
  const blank = isBlankDraft(draft);
  return html`<section class="composer stack" part="composer" aria-labelledby="composer-heading">
    <div id="composer-heading">
      ${view.heading(draft.editing ? strings.editHeading : strings.composeHeading)}
    </div>
    <form
      class="stack"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        view.onSave();
      }}
    >
      ${draft.editing ? nothing : renderPrompt({ ...view.prompt, strings, inUse: draft.prompt })}
      ${draft.editing && draft.prompt ? html`<p class="prompt-text">${draft.prompt.text}</p>` : nothing}
      ${three ? renderGoodThings(strings, draft, view.onChange) : nothing}
      ${textAreaField({
        id: 'entry-body',
        label: three ? strings.bodyLabelWithPrompt : strings.bodyLabel,
        hint: !three && draft.prompt ? draft.prompt.text : undefined,
        error: errors.body,
        value: draft.body,
        rows: 6,
        maxlength: ENTRY_LIMITS.body,
        onInput: (body) => view.onChange({ body }),
      })}
      ${renderHope(strings, draft, view.onChange)} ${renderChime(strings, draft, view.onChange)}
      ${textField({
        id: 'entry-tags',
        label: strings.tagsLabel,
        hint: strings.tagsHint,
        error: errors.tags,
        value: draft.tagText,
        onInput: (tagText) => view.onChange({ tagText }),
      })}
      ${textField({
        id: 'entry-date',
        label: strings.dateLabel,
        hint: strings.dateHint,
        error: errors.date,
        type: 'date',
        value: draft.date,
        onInput: (date) => view.onChange({ date }),
      })}
      <div class="cluster">
        <button type="submit" ?disabled=${view.busy}>
          ${draft.editing ? strings.saveChanges : strings.save}
        </button>
        ${
          blank
            ? nothing
            : html`<button type="button" class="secondary" @click=${view.onAskDiscard}>
                ${draft.editing ? strings.cancelEdit : strings.discardDraft}
              </button>`
        }
      </div>
      ${view.confirmingDiscard ? renderDiscard(strings, draft, view.onDiscard, view.onKeep) : nothing}
      <p class="hint" role="status">${view.status || (blank ? '' : strings.draftKept)}</p>
    </form>
  </section>`;
}
