import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  anchorFor,
  SCALE_MAX,
  SCALE_MIN,
  type AreaSet,
  type LifeArea,
} from '../../core/life-areas.js';
import type { ValidationProblem } from '../../core/model.js';
import {
  MAX_AUTHOR_NAME_LENGTH,
  MAX_FOCUS_AREAS,
  MAX_NOTE_LENGTH,
  type Reading,
  type ReadingAuthor,
} from '../../core/reading.js';
import { validationMessage, type CommonStrings } from '../../i18n/common.strings.js';
import { textField } from '../form-field.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** What the rating form needs from the element: the draft, words, problems and callbacks. */
export interface RatingFormContext {
  draft: Reading;
  set: AreaSet;
  s: StarAssessmentStrings;
  common: CommonStrings;
  /** Problems from the last save attempt, shown next to their fields. */
  problems: readonly ValidationProblem[];
  /** A message for the whole form (for example "rate at least one area"). */
  formError: string;
  busy: boolean;
  onScore(key: string, score: number | undefined): void;
  onNote(key: string, note: string): void;
  onFocus(key: string, chosen: boolean): void;
  onDate(day: string): void;
  onAuthor(by: ReadingAuthor): void;
  onSave(): void;
}

const SCORES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

function errorAt(ctx: RatingFormContext, path: string): string | undefined {
  const problem = ctx.problems.find((p) => p.path === path);
  return problem ? validationMessage(problem, ctx.common) : undefined;
}

/** The anchors of an area's scale in words, for example "1: Really hard right now". */
function anchorLines(area: LifeArea, set: AreaSet): string[] {
  return (area.anchors ?? set.anchors).map(
    (a) => `${a.to !== undefined && a.to !== a.from ? `${a.from}–${a.to}` : a.from}: ${a.label}`,
  );
}

function areaGroup(ctx: RatingFormContext, area: LifeArea, index: number): TemplateResult {
  const { s, draft } = ctx;
  const score = draft.scores[area.key];
  const hintId = `area-${index}-hint`;
  const scoreError = errorAt(ctx, `scores.${area.key}`);
  const anchors = anchorLines(area, ctx.set);
  return html`<fieldset class="area" part="area" aria-describedby=${hintId}>
    <legend class="area-label">${area.label}</legend>
    <div class="hint" id=${hintId}>
      ${area.description ? html`<p>${area.description}</p>` : nothing}
      <p>${s.scoreHint(SCALE_MIN, SCALE_MAX)}</p>
    </div>
    ${scoreError ? html`<p class="field-error">${scoreError}</p>` : nothing}
    <div class="scale" part="scale">
      ${SCORES.map(
        (n) =>
          html`<label class="score">
            <input
              type="radio"
              name=${`score-${index}`}
              value=${n}
              aria-label=${s.scoreOption(n, anchorFor(n, area, ctx.set))}
              .checked=${live(score === n)}
              @change=${() => ctx.onScore(area.key, n)}
            />
            <span aria-hidden="true">${n}</span>
          </label>`,
      )}
    </div>
    ${
      anchors.length
        ? html`<ul class="anchors plain cluster" aria-hidden="true">
            ${anchors.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : nothing
    }
    ${
      score === undefined
        ? nothing
        : html`<button type="button" class="quiet" @click=${() => ctx.onScore(area.key, undefined)}>
            ${s.clearScore(area.label)}
          </button>`
    }
    ${textField({
      id: `note-${index}`,
      label: `${s.noteLabel(area.label)} ${ctx.common.optional}`,
      value: draft.notes[area.key] ?? '',
      maxlength: MAX_NOTE_LENGTH,
      limitStrings: ctx.common,
      error: errorAt(ctx, `notes.${area.key}`),
      onInput: (value) => ctx.onNote(area.key, value),
    })}
  </fieldset>`;
}

function authorFields(ctx: RatingFormContext): TemplateResult {
  const { s, draft } = ctx;
  const choose = (role: ReadingAuthor['role']) =>
    ctx.onAuthor(role === 'self' ? { role } : { role, name: draft.by.name ?? '' });
  return html`<fieldset class="whose" part="whose">
    <legend class="label">${s.whoseLegend}</legend>
    <div class="cluster">
      <label class="choice"
        ><input
          type="radio"
          name="whose"
          .checked=${live(draft.by.role === 'self')}
          @change=${() => choose('self')}
        />
        ${s.ownView}</label
      >
      <label class="choice"
        ><input
          type="radio"
          name="whose"
          .checked=${live(draft.by.role === 'supporter')}
          @change=${() => choose('supporter')}
        />
        ${s.supporterView}</label
      >
    </div>
    ${
      draft.by.role === 'supporter'
        ? textField({
            id: 'supporter-name',
            label: `${s.supporterNameLabel} ${ctx.common.optional}`,
            hint: s.supporterNameHint,
            value: draft.by.name ?? '',
            maxlength: MAX_AUTHOR_NAME_LENGTH,
            limitStrings: ctx.common,
            error: errorAt(ctx, 'by.name'),
            onInput: (name) => ctx.onAuthor({ role: 'supporter', name }),
          })
        : nothing
    }
  </fieldset>`;
}

function focusFields(ctx: RatingFormContext): TemplateResult {
  const { s, draft } = ctx;
  const full = draft.focusAreas.length >= MAX_FOCUS_AREAS;
  const error = errorAt(ctx, 'focusAreas');
  return html`<fieldset class="focus" part="focus" aria-describedby="focus-hint">
    <legend class="label">${s.focusLegend}</legend>
    <p class="hint" id="focus-hint">${s.focusHint(MAX_FOCUS_AREAS)}</p>
    ${error ? html`<p class="field-error">${error}</p>` : nothing}
    <ul class="plain choices">
      ${ctx.set.areas.map((area) => {
        const chosen = draft.focusAreas.includes(area.key);
        return html`<li>
          <label class="choice"
            ><input
              type="checkbox"
              .checked=${live(chosen)}
              ?disabled=${full && !chosen}
              @change=${(e: Event) => ctx.onFocus(area.key, (e.target as HTMLInputElement).checked)}
            />
            ${area.label}</label
          >
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

/**
 * The form for taking a reading: the date, whose view it is, one radio group per area
 * (arrow keys move along 1-10, each choice at least 24 px), an optional note per
 * area, up to three focus areas, and the save button.
 */
export function ratingForm(ctx: RatingFormContext): TemplateResult {
  const { s, draft } = ctx;
  return html`<form
    class="rating-form stack"
    part="form"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      ctx.onSave();
    }}
  >
    <div class="cluster form-top">
      ${textField({
        id: 'taken-at',
        label: s.dateLabel,
        type: 'date',
        required: true,
        value: draft.takenAt,
        error: errorAt(ctx, 'takenAt'),
        onInput: (day) => ctx.onDate(day),
      })}
    </div>
    ${authorFields(ctx)} ${ctx.set.areas.map((area, index) => areaGroup(ctx, area, index))}
    ${focusFields(ctx)}
    <div class="form-end">
      ${ctx.formError ? html`<p class="field-error" id="form-error" role="alert">${ctx.formError}</p>` : nothing}
      <button type="submit" part="save-button" ?disabled=${ctx.busy}>${s.saveReading}</button>
    </div>
  </form>`;
}
