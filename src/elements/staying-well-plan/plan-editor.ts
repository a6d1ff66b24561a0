import { html, type TemplateResult } from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import type { Plan } from '../../core/plan.js';
import * as ops from '../../core/plan-operations.js';
import type { PlanSection } from '../../core/plan-sections.js';
import type { CommonStrings } from '../../i18n/common.strings.js';
import { renderContactsEditor, type ContactDraft } from './contacts-editor.js';
import { renderTemplateChoice } from './plan-config.js';
import type { PlanEdits } from './plan-edits.js';
import { renderSectionEditor, sectionHeadingId } from './section-editor.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** What the editor shows, and where its changes go. */
export interface PlanEditorView {
  plan: Plan;
  sections: readonly PlanSection[];
  crisisLines: readonly CrisisContact[];
  /** The contact form on screen, if open. */
  draft: ContactDraft | undefined;
  strings: StayingWellPlanStrings;
  common: CommonStrings;
  edits: PlanEdits;
  /** Renders a heading `below` levels under the element's heading level. */
  heading: (content: unknown, below: number) => TemplateResult;
}

/**
 * The plan as a form: the template choice, each shown section (lines and notes, or
 * contacts), and the Undo notice for a removed line or contact.
 */
export function renderPlanEditor(view: PlanEditorView): TemplateResult {
  const { plan, strings: s, edits } = view;
  const sectionHeading = (section: PlanSection) =>
    view.heading(html`<span id=${sectionHeadingId(section.key)}>${section.title}</span>`, 1);
  const kept = ops.keptOutOfView(
    plan,
    view.sections.map((section) => section.key),
  ).length;
  return html`<div class="editor plan">
    ${renderTemplateChoice(plan.template, kept, s, (template) => edits.switchTemplate(template))}
    ${view.sections.map((section) =>
      section.kind === 'contacts'
        ? renderContactsEditor(
            {
              section,
              contacts: plan.contacts,
              content: ops.sectionContent(plan, section.key),
              crisisLines: view.crisisLines,
              draft: view.draft,
              heading: sectionHeading(section),
              common: view.common,
              subheading: (text) => view.heading(text, 2),
            },
            s,
            edits.contacts,
          )
        : renderSectionEditor(
            section,
            ops.sectionContent(plan, section.key),
            sectionHeading(section),
            s,
            view.common,
            edits.section,
          ),
    )}
    <rk-undo-notice
      .undoLabel=${s.undo}
      .dismissLabel=${view.common.close}
      @rk-undo-requested=${() => edits.undo()}
      @rk-undo-expired=${(e: Event) => edits.forget(e)}
    ></rk-undo-notice>
  </div>`;
}
