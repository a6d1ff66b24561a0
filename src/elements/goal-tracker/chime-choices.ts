import { html, type TemplateResult } from 'lit';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import type { GoalUi } from './goal-ui.js';

/** CHIME checkboxes, shared by the "add a goal" form and the editor. */
export function chimeChoices(
  ui: GoalUi,
  idPrefix: string,
  chosen: readonly ChimeKey[],
  error: string,
  onToggle: (key: ChimeKey, on: boolean) => void,
): TemplateResult {
  const s = ui.s;
  return html`<fieldset
    class="chime"
    aria-describedby="${idPrefix}-chime-hint ${idPrefix}-chime-error"
  >
    <legend class="label">${s.chimeLegend}</legend>
    <p class="hint" id="${idPrefix}-chime-hint">${s.chimeHint}</p>
    <p class="field-error" id="${idPrefix}-chime-error">${error}</p>
    ${CHIME_KEYS.map(
      (key) =>
        html`<span class="check">
          <input
            type="checkbox"
            id="${idPrefix}-chime-${key}"
            .checked=${chosen.includes(key)}
            aria-invalid=${error ? 'true' : 'false'}
            @change=${(e: Event) => onToggle(key, (e.target as HTMLInputElement).checked)}
          />
          <label for="${idPrefix}-chime-${key}">${s.chimeName(key)}</label>
        </span>`,
    )}
  </fieldset>`;
}

/** Adds or removes one CHIME key, keeping the framework's order. */
export function toggleChime(chosen: readonly ChimeKey[], key: ChimeKey, on: boolean): ChimeKey[] {
  return CHIME_KEYS.filter((each) => (each === key ? on : chosen.includes(each)));
}
