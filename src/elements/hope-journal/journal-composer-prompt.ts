import { html, nothing, type TemplateResult } from 'lit';
import type { EntryDraft } from '../../core/entry-draft.js';
import type { Entry } from '../../core/entry.js';
import type { JournalPrompt } from '../../core/journal-prompts.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';

/** The first words of a text, for confirmations and labels. */
export function excerpt(text: string, length = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** A short name for an entry (its first words), for button labels and notices. */
export function entryName(entry: Entry, strings: HopeJournalStrings): string {
  const text = entry.body || entry.goodThings.map((thing) => thing.what).join(', ');
  return excerpt(text, 30) || strings.untitled;
}

/** What the prompt area shows and reports. */
export interface PromptView {
  strings: HopeJournalStrings;
  /** The prompt in use, if any. */
  inUse: EntryDraft['prompt'];
  /** The prompt offered today, when none is in use. */
  offered: JournalPrompt | undefined;
  /** True when there is another prompt to offer. */
  more: boolean;
  onUse: (prompt: JournalPrompt) => void;
  onDrop: () => void;
  onAnother: () => void;
}

/**
 * The composer's prompt: the one in use with a way back to writing freely, or today's
 * offer with "use it" and "another one".
 */
export function renderPrompt(view: PromptView): TemplateResult | typeof nothing {
  const { strings, inUse, offered } = view;
  if (inUse) {
    return html`<div class="prompt" part="prompt">
      <p id="prompt-text" class="prompt-text">${inUse.text}</p>
      <button type="button" class="quiet" @click=${view.onDrop}>${strings.writeFreely}</button>
    </div>`;
  }
  if (!offered) return nothing;
  return html`<div class="prompt" part="prompt" role="group" aria-labelledby="offered-prompt-label">
    <p id="offered-prompt-label" class="hint">${strings.promptLabel}</p>
    <p class="prompt-text">${offered.text}</p>
    <div class="cluster">
      <button
        id="offered-prompt-use"
        type="button"
        class="secondary"
        @click=${() => view.onUse(offered)}
      >
        ${strings.usePrompt}
      </button>
      ${
        view.more
          ? html`<button type="button" class="quiet" @click=${view.onAnother}>
              ${strings.anotherPrompt}
            </button>`
          : nothing
      }
    </div>
  </div>`;
}

/** The question before a draft is thrown away (or an edit stopped), quoting its first words. */
export function renderDiscard(
  strings: HopeJournalStrings,
  draft: EntryDraft,
  onConfirm: () => void,
  onKeep: () => void,
): TemplateResult {
  const words = excerpt(draft.body || draft.goodThings.map((t) => t.what).join(' '));
  return html`<div
    class="confirm"
    part="confirm"
    role="alertdialog"
    aria-labelledby="discard-question"
  >
    <p id="discard-question">
      ${draft.editing ? strings.stopEditingQuestion : strings.discardQuestion(words)}
    </p>
    <div class="cluster">
      <button id="discard-confirm" type="button" @click=${onConfirm}>
        ${strings.discardConfirm}
      </button>
      <button type="button" class="secondary" @click=${onKeep}>${strings.discardKeep}</button>
    </div>
  </div>`;
}
