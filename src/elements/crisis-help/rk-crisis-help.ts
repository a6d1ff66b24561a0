import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { objectListInput } from '../host-input.js';
import { UK_CRISIS_CONTACTS, type CrisisContact } from '../../core/crisis-contacts.js';
import { safeHref } from '../../core/safe-url.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { RkElement } from '../rk-element.js';
import { crisisHelpStrings } from './crisis-help.strings.js';
import { crisisHelpStyles } from './rk-crisis-help.styles.js';

/**
 * The same "Need help now?" button in the same place in every tool (WCAG 2.2, 3.2.6
 * consistent help). It opens a panel in place - not a dialog, focus is not trapped -
 * with a short line of support and each contact's purpose, availability and link.
 * Escape closes the panel and puts focus back on the button.
 *
 * Contacts come from `.contacts`, else the provider's `crisisContacts`, else the UK
 * defaults. Only `https:`, `tel:`, `sms:` and `mailto:` links are made; a contact with
 * any other URL (`javascript:`, `data:`, ...) is shown as text without a link, and
 * `console.warn` says why.
 *
 * The host is `display: contents`: the button and the panel are laid out by the parent
 * (in a flex row the open panel takes a full row of its own).
 *
 * @summary "Need help now?" button and panel with crisis contacts.
 * @csspart toggle - The "Need help now?" button.
 * @csspart panel - The panel that opens below it.
 * @csspart intro - The opening lines of the panel.
 * @csspart contact - One contact (a list item).
 * @csspart link - A contact's link.
 * @csspart close - The close button.
 * @cssprop --rk-color-surface-raised - Background of the panel.
 */
export class RkCrisisHelp extends RkElement {
  static override styles = [RkElement.styles, crisisHelpStyles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    contacts: { attribute: false },
    strings: { attribute: false },
  };

  /** Whether the panel is open. */
  open = false;

  /** The contacts to show (default: the provider's, else the UK contacts). */
  contacts?: readonly CrisisContact[];

  /** Overrides of this element's strings. */
  strings?: StringOverrides<typeof crisisHelpStrings>;

  readonly #t = new LocalizeController(this, 'crisis-help', crisisHelpStrings, () => this.strings);

  /** The contacts in use: `.contacts`, the provider's, or the locale's defaults (Wales for `cy`), else the UK's; an empty list falls back too. */
  get effectiveContacts(): readonly CrisisContact[] {
    const given =
      objectListInput<CrisisContact>(this.contacts, '<rk-crisis-help> contacts') ??
      this.rkConfig?.crisisContacts;
    return given && given.length > 0
      ? given
      : (this.#t.content.crisisContacts ?? UK_CRISIS_CONTACTS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('contacts') && Array.isArray(this.contacts) && this.contacts.length === 0) {
      console.warn(
        'recovery-kit: <rk-crisis-help> was given no contacts; showing the default contacts instead.',
      );
    }
  }

  /** Opens or closes the panel. Closing returns focus to the button. */
  toggle(open = !this.open): void {
    this.open = open;
    if (!open)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus(),
      );
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.toggle(false);
    }
  }

  #renderContact(contact: CrisisContact): unknown {
    const href = safeHref(contact.href);
    return html`<li part="contact">
      <p class="name">${contact.name}</p>
      <p>${contact.purpose}</p>
      ${
        href
          ? html`<a class="how" part="link" href=${href}>${contact.linkText}</a>`
          : html`<p class="how">${contact.linkText}</p>`
      }
      ${contact.availability ? html`<p class="availability">${contact.availability}</p>` : nothing}
    </li>`;
  }

  protected override render(): unknown {
    const s = this.#t.strings;
    return html`<button
        class="toggle secondary"
        part="toggle"
        id="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => this.toggle()}
        @keydown=${this.#onKeydown}
      >
        ${s.toggle}
      </button>
      <div
        class="panel"
        part="panel"
        id="panel"
        role="region"
        aria-labelledby="toggle"
        ?hidden=${!this.open}
        @keydown=${this.#onKeydown}
      >
        <div class="intro" part="intro">
          <p>${s.intro}</p>
          <p>${s.notACrisisService}</p>
        </div>
        <ul class="plain contacts">
          ${this.effectiveContacts.map((contact) => this.#renderContact(contact))}
        </ul>
        <button class="quiet" part="close" type="button" @click=${() => this.toggle(false)}>
          ${s.close}
        </button>
      </div>`;
  }
}
