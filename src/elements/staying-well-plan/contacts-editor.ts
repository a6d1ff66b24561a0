import { html, type TemplateResult } from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import type { PlanSectionContent } from '../../core/plan.js';
import {
  PLAN_CONTACT_FIELD_MAX,
  PLAN_CONTACT_KINDS,
  validateContact,
  type PlanContact,
} from '../../core/plan-contact.js';
import type { PlanSection } from '../../core/plan-sections.js';
import { validationMessage, type CommonStrings } from '../../i18n/common.strings.js';
import { textAreaField, textField } from '../form-field.js';
import { renderContactGroups, renderCrisisLines } from './contact-list.js';
import { itemButton, renderSection } from './section-editor.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** A contact's editable text fields. */
export type ContactField = 'name' | 'relationship' | 'phone' | 'email' | 'when';

/** A contact being added or changed: what is typed so far and the messages next to fields. */
export interface ContactDraft {
  contact: PlanContact;
  isNew: boolean;
  errors: Partial<Record<ContactField, string>>;
}

/** What the contacts editor asks its element to do. */
export interface ContactsEditorActions {
  /** Opens the form for a new contact, or for changing the contact with `id`. */
  openContactForm(id?: string): void;
  editContactDraft(change: Partial<PlanContact>): void;
  /** Checks the draft; saves it, or keeps it with messages next to the fields. */
  submitContact(): void;
  cancelContactForm(): void;
  removeContact(id: string): void;
  setNotes(section: string, notes: string): void;
}

/** The id of the contact form's first field, focused when the form opens. */
export const CONTACT_FORM_FIRST_FIELD = 'contact-name';

/** The id of the "Add a contact" button, focused when the form closes. */
export const ADD_CONTACT_BUTTON = 'add-contact';

/** The id of one contact's "Change" button. */
export function editContactButtonId(contactId: string): string {
  return `edit-contact-${contactId}`;
}

/**
 * The draft checked against the plan's contact rules, each problem in words next to its
 * field (a `javascript:` or `data:` "number" is refused; a malformed number or address
 * gets a message). The typed text is never cleared.
 */
export function checkContactDraft(draft: ContactDraft, common: CommonStrings): ContactDraft {
  const errors: ContactDraft['errors'] = {};
  for (const problem of validateContact(draft.contact)) {
    const field = problem.path as ContactField;
    errors[field] ??= validationMessage(problem, common);
  }
  return { ...draft, errors };
}

function contactForm(
  draft: ContactDraft,
  strings: StayingWellPlanStrings,
  common: CommonStrings,
  actions: ContactsEditorActions,
): TemplateResult {
  const { contact, errors } = draft;
  const field = (name: ContactField, label: string, type: 'text' | 'tel' | 'email') =>
    textField({
      id: `contact-${name}`,
      label,
      type,
      autocomplete: 'off',
      value: contact[name],
      error: errors[name],
      required: name === 'name',
      maxlength: PLAN_CONTACT_FIELD_MAX,
      limitStrings: common,
      onInput: (value) => actions.editContactDraft({ [name]: value }),
    });
  return html`<form
    class="contact-form stack"
    part="contact-form"
    aria-label=${strings.contactFormHeading}
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      actions.submitContact();
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.cancelContactForm();
    }}
  >
    ${field('name', strings.contactName, 'text')}
    <fieldset class="kind">
      <legend class="label">${strings.contactKindLegend}</legend>
      ${PLAN_CONTACT_KINDS.map(
        (kind) =>
          html`<label class="choice">
            <input
              type="radio"
              name="contact-kind"
              .checked=${contact.kind === kind}
              @change=${() => actions.editContactDraft({ kind })}
            />
            ${strings.contactKindName(kind)}
          </label>`,
      )}
    </fieldset>
    ${field('relationship', strings.contactRelationship, 'text')}
    ${field('phone', strings.contactPhone, 'tel')} ${field('email', strings.contactEmail, 'email')}
    ${textAreaField({
      id: 'contact-when',
      label: strings.contactWhen,
      value: contact.when,
      error: errors.when,
      rows: 2,
      maxlength: PLAN_CONTACT_FIELD_MAX,
      limitStrings: common,
      onInput: (value) => actions.editContactDraft({ when: value }),
    })}
    <div class="cluster">
      <button type="submit">${strings.saveContact}</button>
      <button type="button" class="secondary" @click=${() => actions.cancelContactForm()}>
        ${strings.cancelContact}
      </button>
    </div>
  </form>`;
}

/** Everything the contacts section shows. */
export interface ContactsSectionView {
  section: PlanSection;
  contacts: readonly PlanContact[];
  content: PlanSectionContent;
  crisisLines: readonly CrisisContact[];
  draft: ContactDraft | undefined;
  heading: TemplateResult;
  /** The element's common words (the limit lines). */
  common: CommonStrings;
  /** Renders a sub-heading one level below the section heading. */
  subheading: (text: string) => TemplateResult;
}

/**
 * The contacts section as a form: the person's contacts with working links and
 * change / remove buttons, the add / change form, the host's crisis lines, and notes.
 */
export function renderContactsEditor(
  view: ContactsSectionView,
  strings: StayingWellPlanStrings,
  actions: ContactsEditorActions,
): TemplateResult {
  const { draft } = view;
  const buttons = ({ id, name }: PlanContact) =>
    html`<div class="cluster">
      ${itemButton(
        strings.editContact,
        strings.whichContact(name),
        () => actions.openContactForm(id),
        editContactButtonId(id),
      )}
      ${itemButton(strings.removeContact, strings.whichContact(name), () =>
        actions.removeContact(id),
      )}
    </div>`;
  return renderSection(
    view.section,
    view.heading,
    view.content.notes,
    strings,
    view.common,
    actions.setNotes,
    html`${renderContactGroups(view.contacts, strings, view.subheading, buttons)}
    ${
      draft
        ? contactForm(draft, strings, view.common, actions)
        : html`<button
            type="button"
            class="secondary"
            id=${ADD_CONTACT_BUTTON}
            @click=${() => actions.openContactForm()}
          >
            ${strings.addContact}
          </button>`
    }
    ${renderCrisisLines(view.crisisLines, strings, view.subheading)}`,
  );
}
