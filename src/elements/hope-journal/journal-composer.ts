import type { ReactiveControllerHost, TemplateResult } from 'lit';
import {
  blankDraft,
  draftOfEntry,
  editOfDraft,
  isBlankDraft,
  threeBlankThings,
  withoutPrompt,
  type EntryDraft,
} from '../../core/entry-draft.js';
import { localIsoDate, type Entry } from '../../core/entry.js';
import type { EntryEdit } from '../../core/entry-merge.js';
import { promptIndexForDay, type JournalPrompt } from '../../core/journal-prompts.js';
import { AutosaveController } from '../controllers/autosave-controller.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import { entryFieldErrors, type FieldName } from './journal-composer-check.js';
import { renderComposerForm } from './journal-composer-form.js';

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
 * The "write an entry" form's state and behaviour: an optional rotating prompt (the
 * "three good things" form included), free text, the optional hope check-in, CHIME
 * processes, own tags and the date. What is typed is kept as a draft in the store while
 * writing (AutosaveController), until the entry is saved or the draft deliberately
 * discarded. The form itself is drawn by {@link renderComposerForm}.
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
    // Started at once, not after a draft write still running: the edit is then kept for
    // leaving in this same task, so a Save pressed just before the page goes is not lost.
    // (#afterSaved waits for that draft write before removing the kept draft.)
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

  /** "Keep it" to the discard question: back to writing. */
  #keepWriting(): void {
    this.#confirmingDiscard = false;
    this.#element.requestUpdate();
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

  /** The form, with `heading` as its title. */
  render(heading: (text: string) => TemplateResult): TemplateResult {
    const draft = this.draft;
    return renderComposerForm({
      strings: this.#host.strings(),
      draft,
      errors: this.#errors,
      busy: this.#busy,
      status: this.#status,
      confirmingDiscard: this.#confirmingDiscard,
      prompt: {
        offered: draft.prompt ? undefined : this.#offeredPrompt(),
        more: this.#host.prompts().length > 1,
        onUse: (prompt) => this.#usePrompt(prompt),
        onDrop: () => this.#dropPrompt(),
        onAnother: () => this.#anotherPrompt(),
      },
      heading,
      onChange: (patch) => this.#change(patch),
      onSave: () => void this.save(),
      onAskDiscard: () => this.#askDiscard(),
      onDiscard: () => void this.#discard(),
      onKeep: () => this.#keepWriting(),
    });
  }
}
