import { newId } from '../../core/ids.js';
import { readableContact } from '../../core/plan.js';
import * as ops from '../../core/plan-operations.js';
import type { PlanTemplate } from '../../core/plan-sections.js';
import type { CommonStrings } from '../../i18n/common.strings.js';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import { undoNoticeReady } from '../undo/undo-notice-ready.js';
import {
  ADD_CONTACT_BUTTON,
  checkContactDraft,
  CONTACT_FORM_FIRST_FIELD,
  editContactButtonId,
  type ContactDraft,
  type ContactsEditorActions,
} from './contacts-editor.js';
import type { PlanDocument } from './plan-document.js';
import { contactRemoval, lineRemoval, type Removal } from './plan-removal.js';
import { itemControlId, type ItemControl, type SectionEditorActions } from './section-editor.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** The leave-journal slot of the contact form. */
const CONTACT_SLOT = 'plan-contact';

/** What the plan's edits need from the element. */
export interface PlanEditContext {
  readonly doc: PlanDocument;
  strings(): StayingWellPlanStrings;
  common(): CommonStrings;
  /** The contact form on screen (reactive state of the element). */
  draft(): ContactDraft | undefined;
  showDraft(draft: ContactDraft | undefined): void;
  /** Focuses the control with this id once the element has updated. */
  focus(id: string): void;
  announce(message: string): void;
  undoNotice(): RkUndoNotice;
  /** The control focused in the element's shadow root. */
  focused(): Element | null;
}

/**
 * Every change the person makes to the plan in the editor, as the section and contacts
 * editors ask for them: lines, notes, the contact form (kept in the leave journal until
 * saved or cancelled), and removing with Undo. The element keeps only what is on screen.
 */
export class PlanEdits {
  readonly #ctx: PlanEditContext;
  #removal: Removal | undefined;

  constructor(ctx: PlanEditContext) {
    this.#ctx = ctx;
  }

  get #plan() {
    return this.#ctx.doc.plan;
  }

  readonly section: SectionEditorActions = {
    editItem: (section, id, text) =>
      this.#ctx.doc.change(ops.editItem(this.#plan, section, id, text)),
    setNotes: (section, notes) => this.#ctx.doc.change(ops.setNotes(this.#plan, section, notes)),
    addItem: (section, afterId) => {
      const items = ops.sectionContent(this.#plan, section).items;
      const after = afterId ? items.findIndex((item) => item.id === afterId) : -1;
      const id = newId();
      const at = after < 0 ? items.length : after + 1;
      this.#ctx.doc.change(ops.addItem(this.#plan, section, { id, text: '' }, at));
      this.#ctx.focus(itemControlId(id, 'text'));
      this.#ctx.announce(this.#ctx.strings().itemAdded(items.length + 1));
    },
    moveItem: (section, id, by, focus: ItemControl) => {
      const next = ops.moveItem(this.#plan, section, id, by);
      if (next === this.#plan) return;
      this.#ctx.doc.change(next);
      const items = ops.sectionContent(next, section).items;
      this.#ctx.focus(itemControlId(id, focus));
      const position = items.findIndex((item) => item.id === id) + 1;
      this.#ctx.announce(this.#ctx.strings().itemMoved(position, items.length));
    },
    removeItem: (section, id) => void this.#remove(lineRemoval(this.#plan, section, id)),
  };

  readonly contacts: ContactsEditorActions = {
    setNotes: this.section.setNotes,
    openContactForm: (id) => {
      const existing = this.#plan.contacts.find((contact) => contact.id === id);
      this.setContactDraft({
        contact: { ...(existing ?? readableContact({ id: newId() })) },
        isNew: !existing,
        errors: {},
      });
      this.#ctx.focus(CONTACT_FORM_FIRST_FIELD);
    },
    editContactDraft: (change) => {
      const shown = this.#ctx.draft();
      if (!shown) return;
      const draft = { ...shown, contact: { ...shown.contact, ...change } };
      // Once messages are showing, keep them in step with what is typed.
      const showing = Object.keys(draft.errors).length > 0;
      this.setContactDraft(showing ? checkContactDraft(draft, this.#ctx.common()) : draft);
    },
    submitContact: () => {
      const shown = this.#ctx.draft();
      if (!shown) return;
      const checked = checkContactDraft(shown, this.#ctx.common());
      this.setContactDraft(checked);
      const firstInvalid = Object.keys(checked.errors)[0];
      if (firstInvalid) return this.#ctx.focus(`contact-${firstInvalid}`);
      const contact = { ...checked.contact, name: checked.contact.name.trim() };
      this.#ctx.doc.change(ops.saveContact(this.#plan, contact), { immediate: true });
      this.setContactDraft(undefined);
      this.#ctx.announce(this.#ctx.strings().contactSaved(contact.name));
      this.#ctx.focus(editContactButtonId(contact.id));
    },
    cancelContactForm: () => {
      const draft = this.#ctx.draft();
      this.setContactDraft(undefined);
      this.#ctx.focus(
        draft && !draft.isNew ? editContactButtonId(draft.contact.id) : ADD_CONTACT_BUTTON,
      );
    },
    removeContact: (id) => void this.#remove(contactRemoval(this.#plan, id)),
  };

  /** Shows the contact form (or closes it) and keeps what is in it until it is saved or cancelled. */
  setContactDraft(draft: ContactDraft | undefined): void {
    this.#ctx.showDraft(draft);
    const typing = this.#ctx.doc.storage.typing;
    if (draft) typing.keep(CONTACT_SLOT, draft, { wait: 'person' });
    else typing.committed(CONTACT_SLOT);
  }

  /** Opens again a contact form left filled in on an earlier visit (not when read-only). */
  async restoreContactForm(readonly: () => boolean): Promise<void> {
    const typing = this.#ctx.doc.storage.typing;
    const kept = (await typing.left<ContactDraft>(CONTACT_SLOT)).at(-1);
    if (!kept || readonly()) return;
    typing.settle(kept);
    if (!this.#ctx.draft()) this.setContactDraft(kept.value);
  }

  /** Switches template at once, and says so. */
  switchTemplate(template: PlanTemplate): void {
    this.#ctx.doc.change(ops.setTemplate(this.#plan, template), { immediate: true });
    const s = this.#ctx.strings();
    this.#ctx.announce(s.templateChanged(s.templateName(template)));
  }

  /** Shows and saves the plan without a line or contact, and offers Undo (focused, announced). */
  async #remove(removal: Removal | undefined): Promise<void> {
    if (!removal) return;
    const ready = undoNoticeReady(() => this.#ctx.undoNotice());
    this.#ctx.doc.change(removal.plan, { immediate: true });
    this.#removal = removal;
    const message = this.#ctx.strings().removed(removal.text);
    const notice = await ready;
    if (this.#removal !== removal) return;
    if (!notice) return this.#ctx.announce(message);
    notice.show(message);
    await notice.focusUndo();
  }

  /** Puts the removed line or contact back where it was, saves, and focuses it. */
  undo(): void {
    const removal = this.#removal;
    if (!removal) return;
    this.#removal = undefined;
    this.#ctx.doc.change(removal.restore(this.#plan), { immediate: true });
    this.#ctx.announce(this.#ctx.strings().restored(removal.text));
    this.#ctx.focus(removal.back);
  }

  /** The notice closed without Undo: closed by its button, focus goes where it would have. */
  forget(event: Event): void {
    if (this.#removal && this.#ctx.focused() === event.target) this.#ctx.focus(this.#removal.away);
    this.#removal = undefined;
  }
}
