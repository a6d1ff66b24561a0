import { html, nothing, type TemplateResult } from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import {
  emailAddress,
  emailProblem,
  phoneDigits,
  phoneProblem,
  type PlanContact,
} from '../../core/plan-contact.js';
import { contactGroups } from '../../core/plan-text.js';
import { safeHref } from '../../core/safe-url.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** A `tel:` link for a well-formed number, else undefined (the number is then shown as text). */
export function phoneHref(phone: string): string | undefined {
  if (phone.trim() === '' || phoneProblem(phone)) return undefined;
  return safeHref(`tel:${phoneDigits(phone)}`);
}

/** A `mailto:` link for a well-formed address, else undefined (shown as text). */
export function emailHref(email: string): string | undefined {
  if (email.trim() === '' || emailProblem(email)) return undefined;
  return safeHref(`mailto:${emailAddress(email)}`);
}

function linkOrText(text: string, href: string | undefined): TemplateResult {
  return href ? html`<a href=${href}>${text}</a>` : html`${text}`;
}

/**
 * One contact as a card: name, who they are, phone and email as working links, and when
 * to contact them. `actions` (edit / remove buttons) is left out when read-only.
 */
export function renderContactCard(
  contact: PlanContact,
  strings: StayingWellPlanStrings,
  actions: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const detail = (label: string, value: TemplateResult | string) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<li class="contact" part="contact">
    <p class="contact-name">${contact.name}</p>
    ${contact.relationship ? html`<p class="contact-relationship">${contact.relationship}</p>` : nothing}
    <dl class="contact-details">
      ${contact.phone ? detail(strings.textPhone, linkOrText(contact.phone, phoneHref(contact.phone))) : nothing}
      ${contact.email ? detail(strings.textEmail, linkOrText(contact.email, emailHref(contact.email))) : nothing}
      ${contact.when ? detail(strings.textWhen, contact.when) : nothing}
    </dl>
    ${actions}
  </li>`;
}

/**
 * The person's contacts in two groups, people they trust and professionals, each under
 * a heading at `headingLevel`-ish (the caller passes the heading renderer).
 */
export function renderContactGroups(
  contacts: readonly PlanContact[],
  strings: StayingWellPlanStrings,
  heading: (text: string) => TemplateResult,
  actionsFor: (contact: PlanContact) => TemplateResult | typeof nothing = () => nothing,
): TemplateResult {
  if (!contacts.length) return html`<p class="empty">${strings.noContacts}</p>`;
  return html`${contactGroups(contacts, strings).map(
    ([title, list]) =>
      html`<div class="contact-group">
        ${heading(title)}
        <ul class="contacts plain">
          ${list.map((contact) => renderContactCard(contact, strings, actionsFor(contact)))}
        </ul>
      </div>`,
  )}`;
}

/** The host's crisis lines (from configuration; never empty), with safe links only. */
export function renderCrisisLines(
  lines: readonly CrisisContact[],
  strings: StayingWellPlanStrings,
  heading: (text: string) => TemplateResult,
): TemplateResult {
  return html`<div class="crisis-lines" part="crisis-lines">
    ${heading(strings.crisisLinesHeading)}
    <p>${strings.crisisLinesIntro}</p>
    <ul class="contacts plain">
      ${lines.map(
        (line) =>
          html`<li class="contact">
            <p class="contact-name">${line.name}</p>
            <p>${line.purpose}</p>
            <p>${linkOrText(line.linkText, safeHref(line.href))}</p>
            ${line.availability ? html`<p class="hint">${line.availability}</p>` : nothing}
          </li>`,
      )}
    </ul>
  </div>`;
}
