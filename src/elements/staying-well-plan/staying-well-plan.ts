import { toolStyles } from '../../styles/tool-styles.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import type { Plan } from '../../core/plan.js';
import * as ops from '../../core/plan-operations.js';
import {
  isPlanTemplate,
  type PlanSection,
  type PlanSectionConfig,
  type PlanTemplate,
} from '../../core/plan-sections.js';
import { planToText } from '../../core/plan-text.js';
import type { RecordEnvelope } from '../../core/record.js';
import { formatMoment } from '../../i18n/date-display.js';
import { commonStrings } from '../../i18n/common.strings.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import type { ContactDraft } from './contacts-editor.js';
import { planActions, renderReview, renderShare } from './plan-actions.js';
import { jsonList, shownSections, usableCrisisLines, WARNING } from './plan-config.js';
import { PlanDocument, type PlanNotice } from './plan-document.js';
import { PlanEdits } from './plan-edits.js';
import { renderPlanEditor } from './plan-editor.js';
import { renderPlanView } from './plan-view.js';
import {
  stayingWellPlanStrings,
  type StayingWellPlanStrings,
} from './staying-well-plan.strings.js';
import { stayingWellPlanStyles } from './staying-well-plan.styles.js';
import type {} from '../../events/plan-events.js';
import { renderHeading } from '../heading.js';

/**
 * A staying-well plan that a person writes for themselves and the people around them:
 * what keeps them well, early signs, what they would like to happen when things get
 * harder or in a crisis, and who to contact. An optional safety-plan template follows
 * the six-step approach in plain words. Everything saves on the device as the person
 * types (shortly after typing stops, and at once when the page is hidden or closed).
 * A removed line or contact can be brought back with Undo, in the same place.
 *
 * One plan per namespace: it is stored under the fixed id `staying-well-plan`.
 * Switching template never deletes anything: sections the other template does not show
 * stay stored and come back when switched back.
 *
 * @summary A staying-well or safety plan, section by section, with contacts, review and print/copy/download.
 * @fires rk-plan-saved - The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`.
 * @fires rk-plan-reviewed - The person marked the plan as looked over and it was saved. `detail: { plan, record }`.
 * @fires rk-storage-error - Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`.
 * @csspart header - The heading, help link and save status; `title`, `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
 * @csspart template - The choice between a staying-well plan and a safety plan.
 * @csspart section - One section of the plan.
 * @csspart prompt - A section's short explanation.
 * @csspart items - A section's list of lines.
 * @csspart item - One line, with its move and remove buttons.
 * @csspart contact - One contact card.
 * @csspart contact-form - The form for adding or changing a contact.
 * @csspart notice - A note that the plan was also changed somewhere else (both versions kept), or brought back after being removed there.
 * @csspart crisis-lines - The host's crisis lines in the contacts section.
 * @csspart review - When the plan was last looked over, and the button to mark it.
 * @csspart share - Print, copy as text and download.
 * @csspart field - A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
 * @csspart limit - The line under a limited field saying how many characters are left.
 * @cssprop --rk-color-surface - Background of each section.
 * @cssprop --rk-color-surface-raised - Background of contact cards and notes.
 * @cssprop --rk-color-border - Borders of sections, contacts and fields.
 * @cssprop --rk-color-notice - The edge of gentle notes (review, kept sections, read-only).
 * @cssprop --rk-color-accent - Buttons and links.
 * @cssprop --rk-radius - Corners of each section.
 */
export class RkStayingWellPlan extends RkTool {
  static override styles = [RkElement.styles, toolStyles, stayingWellPlanStyles];

  static override properties: PropertyDeclarations = {
    template: {},
    sections: { converter: jsonList },
    crisisContacts: { attribute: 'crisis-contacts', converter: jsonList },
    strings: { attribute: false },
    contactDraft: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  /** The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan. */
  template: PlanTemplate = 'staying-well';
  /**
   * The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
   * list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON).
   */
  sections?: PlanSectionConfig[];
  /**
   * Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
   * the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list.
   */
  crisisContacts?: readonly CrisisContact[];
  /** Overrides for any of the plan's words. */
  strings?: StringOverrides<StayingWellPlanStrings>;

  private contactDraft: ContactDraft | undefined;
  private announcement = '';
  /** A visible note about a change made elsewhere (both versions kept, the plan brought back). */
  private notice: PlanNotice | undefined;

  readonly #t = new LocalizeController(
    this,
    'staying-well-plan',
    stayingWellPlanStrings,
    () => this.strings,
  );
  readonly #common = new LocalizeController(this, 'common', commonStrings);
  readonly #doc = new PlanDocument(this, {
    onSaved: (record) => this.emit('rk-plan-saved', this.#detail(record)),
    onLoaded: () => void this.#edits.restoreContactForm(() => this.#isReadonly),
    onErased: () => {
      this.#edits.setContactDraft(undefined);
      this.notice = undefined;
    },
    onNotice: (notice) => (this.notice = notice),
  });
  readonly #edits = new PlanEdits({
    doc: this.#doc,
    strings: () => this.#s,
    common: () => this.#common.strings,
    draft: () => this.contactDraft,
    showDraft: (draft) => (this.contactDraft = draft),
    focus: (id) => this.#focusAfterUpdate(id),
    announce: (message) => this.#announce(message),
    undoNotice: () => this.renderRoot.querySelector<RkUndoNotice>('rk-undo-notice')!,
    focused: () => (this.renderRoot as ShadowRoot).activeElement,
  });
  #shown: { key: unknown[]; sections: PlanSection[] } = { key: [], sections: [] };
  #lines: { given?: unknown; lines: readonly CrisisContact[] } = {
    lines: usableCrisisLines(undefined),
  };

  /** The plan as it is on screen (a copy). */
  get plan(): Plan {
    return structuredClone(this.#doc.plan);
  }

  /** True while a change is waiting to be saved or being saved. */
  get pending(): boolean {
    return this.#doc.pending;
  }

  /** Saves any waiting change now. Rejects when it could not be saved (the text stays on screen). */
  flush(): Promise<void> {
    return this.#doc.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('template') && !isPlanTemplate(this.template)) {
      console.warn(`${WARNING} template must be "staying-well" or "safety"; using "staying-well".`);
      this.template = 'staying-well';
    }
  }

  get #s(): StayingWellPlanStrings {
    return this.#t.strings;
  }

  get #isReadonly(): boolean {
    return this.readonly || this.#doc.unreadable !== undefined;
  }

  /** The crisis lines in use: the element's, the provider's, else the locale's or the UK list (worked out when they change). */
  get #crisisLines(): readonly CrisisContact[] {
    const given = this.crisisContacts ?? this.rkConfig?.crisisContacts;
    if (given === undefined && this.#t.content.crisisContacts)
      return this.#t.content.crisisContacts;
    if (given !== this.#lines.given) this.#lines = { given, lines: usableCrisisLines(given) };
    return this.#lines.lines;
  }

  /** The sections shown for the plan's template, in the element's words, with the host's changes (worked out when they change). */
  get #shownSections(): PlanSection[] {
    const key = [this.#doc.plan.template, this.sections, this.#s];
    if (key.some((part, i) => part !== this.#shown.key[i]))
      this.#shown = {
        key,
        sections: shownSections(this.#doc.plan.template, this.#s, this.sections),
      };
    return this.#shown.sections;
  }

  #detail(record: RecordEnvelope<Plan>) {
    return { plan: structuredClone(record.data), record: structuredClone(record) };
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  #focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
    );
  }

  #formatDate(iso: string): string {
    return formatMoment(iso, this.#t.locale);
  }

  readonly #planActions = planActions({
    doc: this.#doc,
    strings: () => this.#s,
    text: () => this.planText(),
    root: () => this.renderRoot as ShadowRoot,
    announce: (message) => this.#announce(message),
    reviewed: (record) => this.emit('rk-plan-reviewed', this.#detail(record)),
  });

  /** The plan as plain text, in the words and order on screen. */
  planText(): string {
    const s = this.#s;
    const doc = this.#doc;
    return planToText(doc.plan, this.#shownSections, s, {
      title: s.heading(doc.plan.template),
      formatDate: (iso) => this.#formatDate(iso),
      crisisLines: this.#crisisLines.map((line) => ({
        name: line.name,
        detail: [line.linkText, line.availability].filter(Boolean).join('. '),
      })),
    });
  }

  // ---- Rendering ---------------------------------------------------------------------

  #renderEditor(): TemplateResult {
    return renderPlanEditor({
      plan: this.#doc.plan,
      sections: this.#shownSections,
      crisisLines: this.#crisisLines,
      draft: this.contactDraft,
      strings: this.#s,
      common: this.#common.strings,
      edits: this.#edits,
      heading: (content, below) => renderHeading(this, content, below),
    });
  }

  #renderView(): TemplateResult {
    return renderPlanView(this.#doc.plan, this.#shownSections, this.#crisisLines, this.#s, {
      section: (text) => renderHeading(this, text, 1),
      group: (text) => renderHeading(this, text, 2),
    });
  }

  override render(): TemplateResult {
    const s = this.#s;
    const doc = this.#doc;
    const readonly = this.#isReadonly;
    return html`<div class="plan">
      ${toolHeader(this, { title: s.heading(doc.plan.template), storage: doc.storage, contacts: this.#crisisLines })}
      ${doc.unreadable ? html`<p class="note" role="note">${s.readonlyNote(doc.unreadable)}</p>` : nothing}
      ${this.notice ? html`<p class="note" part="notice" role="status">${this.notice === 'kept-both' ? s.keptBoth : s.broughtBack}</p>` : nothing}
      <p class="intro no-print">${s.intro(doc.plan.template)}</p>
      ${
        !doc.loaded
          ? html`<p>${s.loading}</p>`
          : html`${readonly ? html`<div class="plan">${this.#renderView()}</div>` : this.#renderEditor()}
            ${renderReview(
              ops.reviewState(doc.plan, new Date()),
              (iso) => this.#formatDate(iso),
              s,
              renderHeading(this, s.reviewHeading, 1),
              readonly ? undefined : this.#planActions,
            )}
            ${renderShare(s, renderHeading(this, s.shareHeading, 1), this.#planActions)}
            ${readonly ? nothing : html`<div class="plan print-copy">${this.#renderView()}</div>`}`
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
