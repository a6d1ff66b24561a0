import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  blankDraft,
  draftOfEntry,
  editOfDraft,
  isBlankDraft,
  threeBlankThings,
  withoutPrompt,
  type EntryDraft,
} from '../../core/entry-draft.js';
import { ENTRY_LIMITS, localIsoDate, type Entry } from '../../core/entry.js';
import type { EntryEdit } from '../../core/entry-merge.js';
import { promptIndexForDay, type JournalPrompt } from '../../core/journal-prompts.js';
import { AutosaveController } from '../controllers/autosave-controller.js';
import { textAreaField, textField } from '../form-field.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import { renderChime, renderGoodThings, renderHope } from './journal-composer-fields.js';
import { renderDiscard, renderPrompt } from './journal-composer-prompt.js';
import { entryFieldErrors, type FieldName } from './journal-composer-check.js';

/** The element the composer lives in. */
export type ComposerElement = ReactiveControllerHost & {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly readonly: boolean;
};

/** What the composer needs from the element that hosts it. */
export interface ComposerHost {
  strings(): HopeJournalStrings;
  prompts(): readonly JournalPrompt[];
  /** A kept draft to bring back, if any, taken over only while `blank()` is true. */
  readDraft(blank: () => boolean): Promise<EntryDraft | undefined>;
  /** Keeps `draft` in the store (a blank draft removes the kept one). Rejects when it failed. */
  keepDraft(draft: EntryDraft): Promise<void>;
  /** The draft changed: keep it at once in the leave journal (synchronous). */
  typed(draft: EntryDraft): void;
  /**
   * Saves the entry (new, or an edit of `editing`) and then calls `afterSaved` (also
   * after a later retry succeeds), with a note for the person when the save had to do
   * more than asked (see `RkHopeJournal`). Resolves true when it was stored.
   */
  saveEntry(
    input: EntryEdit,
    editing: EntryDraft['editing'],
    afterSaved: (note?: string) => Promise<void>,
  ): Promise<boolean>;
}

/**
 * The "write an entry" form: an optional rotating prompt (the "three good things"
 * form included), free text, the optional hope check-in, CHIME processes, own tags
 * and the date. What is typed is kept as a draft in the store while writing
 * (AutosaveController), until the entry is saved or the draft deliberately discarded.
 */
export class JournalComposer {
  draft: EntryDraft = blankDraft();
  #offered = -1;
  #errors: Partial<Record<FieldName, string>> = {};
  #confirmingDiscard = false;
  #status = '';
  #busy = false;
  readonly #autosave: AutosaveController<EntryDraft>;
  readonly #element: ComposerElement;
  readonly #host: ComposerHost;

  constructor(element: ComposerElement, host: ComposerHost) {
    this.#element = element;
    this.#host = host;
    this.#autosave = new AutosaveController<EntryDraft>(element, {
      save: (draft) => host.keepDraft(draft),
    });
  }

  /** Brings back a kept draft, unless the person already started typing here. */
  async restore(): Promise<void> {
    const kept = await this.#host.readDraft(() => isBlankDraft(this.draft));
    if (kept && isBlankDraft(this.draft)) {
      this.draft = kept;
      this.#element.requestUpdate();
    }
  }

  /** Starts editing a saved entry; refuses (with a note) while another draft holds text. */
  edit(id: string, rev: string, entry: Entry): boolean {
    const strings = this.#host.strings();
    if (!isBlankDraft(this.draft) && this.draft.editing?.id !== id) {
      this.#status = strings.finishDraftFirst;
      this.#element.requestUpdate();
      return false;
    }
    this.#change(draftOfEntry(id, rev, entry));
    this.#status = '';
    void this.#focus('#entry-body');
    return true;
  }

  /** Everything was erased (here or in another tab): the form is empty, nothing more is written. */
  erased(): void {
    this.#autosave.cancel();
    this.draft = blankDraft();
    this.#errors = {};
    this.#confirmingDiscard = false;
    this.#status = '';
    this.#element.requestUpdate();
  }

  /** The stored data went away under the page: what is on screen is kept and saved again. */
  lost(): void {
    if (isBlankDraft(this.draft)) return;
    this.#host.typed(this.draft);
    this.#autosave.schedule(this.draft);
  }

  #change(patch: Partial<EntryDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.#host.typed(this.draft);
    this.#confirmingDiscard = false;
    this.#autosave.schedule(this.draft);
    this.#element.requestUpdate();
  }

  #offeredPrompt(): JournalPrompt | undefined {
    const prompts = this.#host.prompts();
    if (this.#offered < 0 || this.#offered >= prompts.length)
      this.#offered = promptIndexForDay(prompts.length, localIsoDate());
    return prompts[this.#offered];
  }

  #usePrompt(prompt: JournalPrompt): void {
    const three = prompt.form === 'three-good-things';
    this.#change({
      prompt: { id: prompt.id, text: prompt.text },
      goodThings: three ? threeBlankThings() : [],
    });
    void this.#focus(three ? '#good-thing-0-what' : '#entry-body');
  }

  #dropPrompt(): void {
    this.#change(withoutPrompt(this.draft));
    void this.#focus('#offered-prompt-use');
  }

  #anotherPrompt(): void {
    this.#offered = (this.#offered + 1) % Math.max(1, this.#host.prompts().length);
    this.#element.requestUpdate();
  }

  /** Saves the draft as an entry. Returns true when it was stored. */
  async save(): Promise<boolean> {
    if (this.#busy || this.#element.readonly) return false;
    const strings = this.#host.strings();
    const draft = this.draft;
    const { editing } = draft;
    const input = editOfDraft(draft);
    this.#errors = entryFieldErrors(input, strings);
    this.#status = '';
    if (Object.keys(this.#errors).length) {
      this.#element.requestUpdate();
      const first = (['body', 'tags', 'date'] as const).find((field) => this.#errors[field]);
      void this.#focus(
        first === 'body' ? '#entry-body' : first === 'tags' ? '#entry-tags' : '#entry-date',
      );
      return false;
    }
    this.#busy = true;
    this.#element.requestUpdate();
    this.#autosave.cancel();
    try {
      await this.#autosave.flush();
    } catch {
      // A failed draft write does not stop the entry itself from being saved.
    }
    const saved = await this.#host.saveEntry(input, editing, (note) =>
      this.#afterSaved(draft, strings, note),
    );
    this.#busy = false;
    if (!saved && this.draft === draft) {
      // The draft stays on screen and in the store; the save status offers a retry.
      this.#autosave.schedule(draft);
    }
    this.#element.requestUpdate();
    return saved;
  }

  /** Clears the composer once `draft` was stored (unless the person has typed on since) and says so (or shows `note`). */
  async #afterSaved(draft: EntryDraft, strings: HopeJournalStrings, note?: string): Promise<void> {
    this.#status = note ?? (draft.editing ? strings.changesSaved : strings.entrySaved);
    if (this.draft === draft) await this.#clear();
  }

  #askDiscard(): void {
    this.#confirmingDiscard = true;
    this.#element.requestUpdate();
    void this.#focus('#discard-confirm');
  }

  async #discard(): Promise<void> {
    this.#status = this.#host.strings().draftDiscarded;
    await this.#clear();
    void this.#focus('#entry-body');
  }

  /**
   * Empties the form and removes the kept draft (after a save or a deliberate discard);
   * then any draft left by a tab that closed is brought back, oldest first.
   */
  async #clear(): Promise<void> {
    this.#autosave.cancel();
    this.draft = blankDraft();
    this.#host.typed(this.draft);
    this.#confirmingDiscard = false;
    this.#errors = {};
    this.#element.requestUpdate();
    await this.#autosave.flush().catch(() => undefined);
    await this.#host.keepDraft(this.draft).catch(() => undefined);
    await this.restore(); // a draft left by a tab that closed comes next
  }

  async #focus(selector: string): Promise<void> {
    await this.#element.updateComplete;
    (this.#element.renderRoot.querySelector(selector) as HTMLElement | null)?.focus();
  }

  #renderPrompt(strings: HopeJournalStrings): TemplateResult | typeof nothing {
    return renderPrompt({
      strings,
      inUse: this.draft.prompt,
      offered: this.draft.prompt ? undefined : this.#offeredPrompt(),
      more: this.#host.prompts().length > 1,
      onUse: (prompt) => this.#usePrompt(prompt),
      onDrop: () => this.#dropPrompt(),
      onAnother: () => this.#anotherPrompt(),
    });
  }

  #renderDiscard(strings: HopeJournalStrings): TemplateResult | typeof nothing {
    if (!this.#confirmingDiscard) return nothing;
    return renderDiscard(
      strings,
      this.draft,
      () => void this.#discard(),
      () => {
        this.#confirmingDiscard = false;
        this.#element.requestUpdate();
        void this.#focus('#entry-body');
      },
    );
  }

  /** The form, with `heading` as its title. */
  render(heading: (text: string) => TemplateResult): TemplateResult {
    const strings = this.#host.strings();
    const draft = this.draft;
    const three = draft.goodThings.length > 0;
    const blank = isBlankDraft(draft);
    return html`<section class="composer stack" part="composer" aria-labelledby="composer-heading">
      <div id="composer-heading">
        ${heading(draft.editing ? strings.editHeading : strings.composeHeading)}
      </div>
      <form
        class="stack"
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.save();
        }}
      >
        ${draft.editing ? nothing : this.#renderPrompt(strings)}
        ${draft.editing && draft.prompt ? html`<p class="prompt-text">${draft.prompt.text}</p>` : nothing}
        ${three ? renderGoodThings(strings, this.draft, (patch) => this.#change(patch)) : nothing}
        ${textAreaField({
          id: 'entry-body',
          label: three ? strings.bodyLabelWithPrompt : strings.bodyLabel,
          hint: !three && draft.prompt ? draft.prompt.text : undefined,
          error: this.#errors.body,
          value: draft.body,
          rows: 6,
          maxlength: ENTRY_LIMITS.body,
          onInput: (body) => this.#change({ body }),
        })}
        ${renderHope(strings, this.draft, (patch) => this.#change(patch))}
        ${renderChime(strings, this.draft, (patch) => this.#change(patch))}
        ${textField({
          id: 'entry-tags',
          label: strings.tagsLabel,
          hint: strings.tagsHint,
          error: this.#errors.tags,
          value: draft.tagText,
          onInput: (tagText) => this.#change({ tagText }),
        })}
        ${textField({
          id: 'entry-date',
          label: strings.dateLabel,
          hint: strings.dateHint,
          error: this.#errors.date,
          type: 'date',
          value: draft.date,
          onInput: (date) => this.#change({ date }),
        })}
        <div class="cluster">
          <button type="submit" ?disabled=${this.#busy}>
            ${draft.editing ? strings.saveChanges : strings.save}
          </button>
          ${
            blank
              ? nothing
              : html`<button type="button" class="secondary" @click=${() => this.#askDiscard()}>
                  ${draft.editing ? strings.cancelEdit : strings.discardDraft}
                </button>`
          }
        </div>
        ${this.#renderDiscard(strings)}
        <p class="hint" role="status">${this.#status || (blank ? '' : strings.draftKept)}</p>
      </form>
    </section>`;
  }
}
