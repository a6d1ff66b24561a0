import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { commonStrings } from '../i18n/common.strings.js';

/**
 * Labelled fields, rendered the same way in every tool: label, hint, error message,
 * then the control, all in the caller's shadow root so `for`, `aria-describedby` and
 * `aria-invalid` work. The styles come from `tool-styles.ts` (`.field`, `.label`,
 * `.hint`, `.field-error`).
 *
 * Give every field an `id` unique within the shadow root (e.g. `goal-title`, or
 * `step-${step.id}`); the hint and error get `${id}-hint` / `${id}-error`. Pass `error`
 * already in words (`validationMessage(problem, common.strings)`); to point a person at
 * a problem after a failed save, focus the first invalid control.
 *
 * A field with a `maxlength` never cuts text off (the HTML attribute would drop the end
 * of a paste without a word): from {@link LIMIT_NEAR} of the limit it says how many
 * characters are left, and past it how many too many, marking the control invalid, so
 * the person can shorten it before the save is refused (WCAG 3.3.1).
 */
export interface FieldOptions {
  /** The control's id, unique within the shadow root. */
  id: string;
  /** Visible label text. */
  label: string;
  /** Help text under the label. */
  hint?: string | undefined;
  /** The validation message for this field, or nothing when it is fine. */
  error?: string | undefined;
  required?: boolean;
  /** Shown but not editable (`readonly` on inputs, `disabled` on selects). */
  readonly?: boolean;
  /** The `name` attribute. */
  name?: string;
}

export interface TextFieldOptions extends FieldOptions {
  value: string;
  /** Called on every `input` event with the control's current value. */
  onInput: (value: string, event: Event) => void;
  /** Called on `change` (the person left the field after changing it). */
  onChange?: (value: string, event: Event) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'search' | 'password';
  autocomplete?: string;
  /** The most characters the field keeps: shown as the person nears it, never enforced by cutting. */
  maxlength?: number;
  /** Words for the limit line: the element's resolved `common` strings (default en-GB). */
  limitStrings?: {
    charactersLeft: (left: number) => string;
    charactersOver: (over: number, max: number) => string;
  };
  /** For `number`: the range. */
  /** Lowest value: a number, or a date (`YYYY-MM-DD`) for date fields. */
  min?: number | string;
  /** Highest value: a number, or a date (`YYYY-MM-DD`) for date fields. */
  max?: number | string;
}

export interface TextAreaFieldOptions extends Omit<
  TextFieldOptions,
  'type' | 'min' | 'max' | 'autocomplete'
> {
  rows?: number;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions extends FieldOptions {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string, event: Event) => void;
}

/** A limited field says how much room is left from this share of its limit on. */
export const LIMIT_NEAR = 0.8;

interface FieldParts {
  describedBy: string | undefined;
  invalid: 'true' | 'false';
  /** The limit line's words, once the value nears the limit. */
  limit: { text: string; over: boolean } | undefined;
}

function limitLine(o: FieldOptions & Partial<TextFieldOptions>): FieldParts['limit'] {
  const { maxlength: max, value = '' } = o;
  if (max === undefined || value.length < max * LIMIT_NEAR) return undefined;
  const words = o.limitStrings ?? commonStrings;
  const over = value.length - max;
  return over > 0
    ? { text: words.charactersOver(over, max), over: true }
    : { text: words.charactersLeft(max - value.length), over: false };
}

function fieldParts(o: FieldOptions): FieldParts {
  const limit = limitLine(o);
  const ids = [
    o.hint ? `${o.id}-hint` : '',
    o.error ? `${o.id}-error` : '',
    limit ? `${o.id}-limit` : '',
  ].filter(Boolean);
  return {
    describedBy: ids.length ? ids.join(' ') : undefined,
    invalid: o.error || limit?.over ? 'true' : 'false',
    limit,
  };
}

function valueOf(event: Event): string {
  return (event.target as HTMLInputElement).value;
}

function limitNote(id: string, limit: FieldParts['limit']): TemplateResult | typeof nothing {
  if (!limit) return nothing;
  const kind = limit.over ? 'limit field-error' : 'limit hint';
  return html`<p class=${kind} part="limit" id=${`${id}-limit`}>${limit.text}</p>`;
}

/**
 * The limit of a control the caller lays out itself (a plan line beside its buttons),
 * with the same words and states as every limited field: its `aria-describedby` (the
 * caller's `describedBy` ids, then the limit line's), `aria-invalid`, and the limit line
 * to render after it.
 */
export function fieldLimit(o: {
  id: string;
  value: string;
  maxlength: number;
  limitStrings?: TextFieldOptions['limitStrings'];
  describedBy?: string;
}): {
  describedBy: string | undefined;
  invalid: 'true' | 'false';
  note: TemplateResult | typeof nothing;
} {
  const limit = limitLine(o as FieldOptions & Partial<TextFieldOptions>);
  const ids = [o.describedBy ?? '', limit ? `${o.id}-limit` : ''].filter(Boolean);
  return {
    describedBy: ids.length ? ids.join(' ') : undefined,
    invalid: limit?.over ? 'true' : 'false',
    note: limitNote(o.id, limit),
  };
}

function fieldFrame(o: FieldOptions, parts: FieldParts, control: TemplateResult): TemplateResult {
  return html`<div class="field" part="field">
    <label class="label" part="label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" part="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" part="field-error" id=${`${o.id}-error`}>${o.error}</p>` : nothing}
    ${control} ${limitNote(o.id, parts.limit)}
  </div>`;
}

/** A labelled single-line input. */
export function textField(o: TextFieldOptions): TemplateResult {
  const parts = fieldParts(o);
  const { describedBy, invalid } = parts;
  return fieldFrame(
    o,
    parts,
    html`<input
      id=${o.id}
      part="control"
      type=${o.type ?? 'text'}
      name=${ifDefined(o.name)}
      autocomplete=${ifDefined(o.autocomplete as never)}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      ?required=${o.required}
      ?readonly=${o.readonly}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput(valueOf(e), e)}
      @change=${(e: Event) => o.onChange?.(valueOf(e), e)}
    />`,
  );
}

/** A labelled multi-line text area. */
export function textAreaField(o: TextAreaFieldOptions): TemplateResult {
  const parts = fieldParts(o);
  const { describedBy, invalid } = parts;
  return fieldFrame(
    o,
    parts,
    html`<textarea
      id=${o.id}
      part="control"
      name=${ifDefined(o.name)}
      rows=${o.rows ?? 4}
      ?required=${o.required}
      ?readonly=${o.readonly}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput(valueOf(e), e)}
      @change=${(e: Event) => o.onChange?.(valueOf(e), e)}
    ></textarea>`,
  );
}

/** A labelled select. */
export function selectField(o: SelectFieldOptions): TemplateResult {
  const parts = fieldParts(o);
  const { describedBy, invalid } = parts;
  return fieldFrame(
    o,
    parts,
    html`<select
      id=${o.id}
      part="control"
      name=${ifDefined(o.name)}
      ?required=${o.required}
      ?disabled=${o.readonly}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(describedBy)}
      @change=${(e: Event) => o.onChange(valueOf(e), e)}
    >
      ${o.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === o.value}>
            ${option.label}
          </option>`,
      )}
    </select>`,
  );
}
