import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import type { Plan } from '../../core/plan.js';
import { sectionContent } from '../../core/plan-operations.js';
import type { PlanSection } from '../../core/plan-sections.js';
import { renderContactGroups, renderCrisisLines } from './contact-list.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** Headings at the right levels for the view: sections, and the groups inside them. */
export interface ViewHeadings {
  section: (text: string) => TemplateResult;
  group: (text: string) => TemplateResult;
}

/**
 * The plan as a document, with no controls: used when the element is read-only (a
 * supporter's view, or a stored plan that cannot be changed) and, on screen hidden, as
 * the printed copy. Every section is shown, with "Nothing written here yet." when empty.
 */
export function renderPlanView(
  plan: Plan,
  sections: readonly PlanSection[],
  crisisLines: readonly CrisisContact[],
  strings: StayingWellPlanStrings,
  headings: ViewHeadings,
): TemplateResult {
  return html`${sections.map((section) => {
    const content = sectionContent(plan, section.key);
    const items = content.items.filter((item) => item.text.trim() !== '');
    const isContacts = section.kind === 'contacts';
    const empty = !items.length && !content.notes.trim() && !isContacts;
    return html`<section class="view-section" part="section">
      ${headings.section(section.title)}
      ${
        items.length
          ? html`<ul class="view-items">
              ${items.map((item) => html`<li>${item.text}</li>`)}
            </ul>`
          : nothing
      }
      ${
        isContacts
          ? html`${renderContactGroups(plan.contacts, strings, headings.group)}
            ${renderCrisisLines(crisisLines, strings, headings.group)}`
          : nothing
      }
      ${content.notes.trim() ? html`<p class="view-notes">${content.notes}</p>` : nothing}
      ${empty ? html`<p class="empty">${strings.nothingYet}</p>` : nothing}
    </section>`;
  })}`;
}
