import { html, nothing, type TemplateResult } from 'lit';
import { UK_CRISIS_CONTACTS, type CrisisContact } from '../../core/crisis-contacts.js';
import {
  PLAN_TEMPLATES,
  resolveSections,
  templateSections,
  type PlanSection,
  type PlanSectionConfig,
  type PlanTemplate,
} from '../../core/plan-sections.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** What the host configures, turned into what the plan shows (warning, never throwing, on bad input). */

/** The start of every console warning this element gives. */
export const WARNING = 'recovery-kit: <rk-staying-well-plan>';

/** Reads a JSON list from an attribute; anything else warns and is ignored. */
export const jsonList = {
  fromAttribute(value: string | null): unknown[] | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Reported below.
    }
    console.warn(`${WARNING} expected a JSON list, not ${JSON.stringify(value.slice(0, 60))}.`);
    return undefined;
  },
};

/** The host's crisis lines that can be shown; none usable means the UK list. */
export function usableCrisisLines(
  given: readonly CrisisContact[] | undefined,
): readonly CrisisContact[] {
  if (given === undefined) return UK_CRISIS_CONTACTS;
  const usable = (Array.isArray(given) ? given : []).filter(
    (line) => typeof line?.name === 'string' && typeof line.linkText === 'string',
  );
  if (usable.length !== (given as unknown[]).length)
    console.warn(`${WARNING} crisis contacts need a name, href and linkText; left out the others.`);
  return usable.length ? usable : UK_CRISIS_CONTACTS;
}

/** The template's sections in the element's (possibly overridden) words, with the host's changes applied. */
export function shownSections(
  template: PlanTemplate,
  strings: StayingWellPlanStrings,
  config: readonly PlanSectionConfig[] | undefined,
): PlanSection[] {
  const words = strings as unknown as Record<string, string>;
  const worded = templateSections(template).map((section) => ({
    ...section,
    title: words[`section:${template}:${section.key}:title`] ?? section.title,
    prompt: words[`section:${template}:${section.key}:prompt`] ?? section.prompt,
  }));
  const { sections, warnings } = resolveSections(worded, config);
  for (const warning of warnings) console.warn(`${WARNING} ${warning}.`);
  return sections;
}

/**
 * The choice of template, with the promise that switching keeps everything and, when
 * some written sections are out of view, a note that they are kept.
 */
export function renderTemplateChoice(
  current: PlanTemplate,
  keptCount: number,
  strings: StayingWellPlanStrings,
  choose: (template: PlanTemplate) => void,
): TemplateResult {
  return html`<fieldset class="template" part="template" aria-describedby="template-hint">
    <legend class="label">${strings.templateLegend}</legend>
    ${PLAN_TEMPLATES.map(
      (template) =>
        html`<label class="choice">
          <input
            type="radio"
            name="template"
            .checked=${current === template}
            @change=${() => choose(template)}
          />
          ${strings.templateName(template)}
        </label>`,
    )}
    <p class="hint" id="template-hint">${strings.templateHint}</p>
    ${keptCount ? html`<p class="note">${strings.keptOutOfView(keptCount)}</p>` : nothing}
  </fieldset>`;
}
