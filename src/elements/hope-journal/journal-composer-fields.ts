import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import type { EntryDraft } from '../../core/entry-draft.js';
import { ENTRY_LIMITS, HOPE_MAX, HOPE_MIN } from '../../core/entry.js';
import { textField } from '../form-field.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';

/** Applies a change to the draft (and schedules it to be kept). */
type Change = (patch: Partial<EntryDraft>) => void;

/*
 * The composer's grouped fields, each a labelled fieldset in the journal's shadow root:
 * the three good things, the hope check-in and the CHIME processes.
 */

/** The "three good things" form: what happened and why it mattered, three times. */
export function renderGoodThings(
  strings: HopeJournalStrings,
  draft: EntryDraft,
  change: Change,
): TemplateResult[] {
  return draft.goodThings.map((thing, index) => {
    const update = (patch: Partial<typeof thing>) =>
      change({
        goodThings: draft.goodThings.map((t, i) => (i === index ? { ...t, ...patch } : t)),
      });
    return html`<fieldset class="good-thing" part="good-thing">
      <legend>${strings.goodThingLegend(index + 1)}</legend>
      ${textField({
        id: `good-thing-${index}-what`,
        label: strings.goodThingWhat,
        value: thing.what,
        maxlength: ENTRY_LIMITS.goodThingText,
        onInput: (what) => update({ what }),
      })}
      ${textField({
        id: `good-thing-${index}-why`,
        label: strings.goodThingWhy,
        value: thing.why,
        maxlength: ENTRY_LIMITS.goodThingText,
        onInput: (why) => update({ why }),
      })}
    </fieldset>`;
  });
}

/** The optional hope check-in: no check-in, or 0 to 10, as radio buttons. */
export function renderHope(
  strings: HopeJournalStrings,
  draft: EntryDraft,
  change: Change,
): TemplateResult {
  const values: (number | null)[] = [null];
  for (let value = HOPE_MIN; value <= HOPE_MAX; value += 1) values.push(value);
  return html`<fieldset class="hope" part="hope" aria-describedby="hope-hint">
    <legend>${strings.hopeLegend}</legend>
    <p id="hope-hint" class="hint">${strings.hopeHint}</p>
    <div class="hope-options">
      ${values.map(
        (value) =>
          html`<label class="choice">
            <input
              type="radio"
              name="hope"
              .checked=${live(draft.hope === value)}
              @change=${() => change({ hope: value })}
            />
            <span>${value === null ? strings.hopeNone : value}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The CHIME processes the entry relates to, as checkboxes. */
export function renderChime(
  strings: HopeJournalStrings,
  draft: EntryDraft,
  change: Change,
): TemplateResult {
  const toggle = (key: ChimeKey, on: boolean) =>
    change({
      chime: CHIME_KEYS.filter((k) => (k === key ? on : draft.chime.includes(k))),
    });
  return html`<fieldset class="chime" part="chime">
    <legend>${strings.chimeLegend}</legend>
    <div class="cluster">
      ${CHIME_KEYS.map(
        (key) =>
          html`<label class="choice">
            <input
              type="checkbox"
              .checked=${live(draft.chime.includes(key))}
              @change=${(e: Event) => toggle(key, (e.target as HTMLInputElement).checked)}
            />
            <span>${strings.chimeName(key)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}
