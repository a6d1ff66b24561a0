import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CrisisContact } from '../../../src/core/crisis-contacts.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  $,
  $$,
  button,
  buttonName,
  byLabel,
  focused,
  focusedInNotice,
  loaded,
  planOn,
  section,
  storedPlan,
  typeInto,
} from './plan-test-kit.js';

afterEach(cleanupStores);

async function fillContact(
  el: HTMLElement,
  fields: { name?: string; relationship?: string; phone?: string; email?: string; when?: string },
): Promise<void> {
  if (fields.name) await typeInto(byLabel(el, 'Name'), fields.name);
  if (fields.relationship) await typeInto(byLabel(el, 'Who they are to me'), fields.relationship);
  if (fields.phone) await typeInto(byLabel(el, 'Phone number'), fields.phone);
  if (fields.email) await typeInto(byLabel(el, 'Email address'), fields.email);
  if (fields.when) await typeInto(byLabel(el, 'When to contact them'), fields.when);
}

describe('<rk-staying-well-plan> contacts', () => {
  it('adds people and professionals by keyboard, shown as working tel: and mailto: links', async () => {
    const store = await createTestStore('plan-contacts');
    const el = await planOn(store);
    button(section(el, 'contacts'), 'Add a contact').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.id, 'focus moves into the form').to.equal('contact-name');
    await fillContact(el, {
      name: 'Sam',
      relationship: 'Brother',
      phone: '07700 900123',
      email: 'sam@example.org',
      when: 'Any evening',
    });
    const saved = oneEvent(el, 'rk-plan-saved');
    byLabel(el, 'When to contact them').focus();
    await sendKeys({ press: 'Tab' }); // to "Save contact"
    await sendKeys({ press: 'Enter' });
    await saved;

    button(section(el, 'contacts'), 'Add a contact').click();
    await el.updateComplete;
    await fillContact(el, {
      name: 'Dr Lee',
      relationship: 'Care coordinator',
      phone: '+44 20 7946 0000',
    });
    const [, professional] = $$(el, '.contact-form input[type="radio"]') as HTMLInputElement[];
    professional.focus();
    await sendKeys({ press: 'Space' });
    button(section(el, 'contacts'), 'Save contact').click();
    await el.updateComplete;

    const cards = $$(el, '.editor .contact');
    const sam = cards.find((c) => c.textContent!.includes('Sam'))!;
    expect(sam.querySelector('a[href="tel:07700900123"]')!.textContent).to.equal('07700 900123');
    expect(sam.querySelector('a[href="mailto:sam@example.org"]')).to.not.equal(null);
    expect(section(el, 'contacts').textContent).to.contain('People I trust');
    expect(section(el, 'contacts').textContent).to.contain('Professionals and services');
    expect($(el, '.editor a[href="tel:+442079460000"]').textContent).to.equal('+44 20 7946 0000');

    await el.flush();
    const stored = (await storedPlan(store))!;
    expect(stored.contacts.map((c) => [c.name, c.kind, c.when])).to.deep.equal([
      ['Sam', 'person', 'Any evening'],
      ['Dr Lee', 'professional', ''],
    ]);
    el.remove();
    const again = await planOn(store);
    expect($$(again, '.editor .contact-name').map((n) => n.textContent)).to.include.members([
      'Sam',
      'Dr Lee',
    ]);
    await expect(again).to.be.accessible();
  });

  it('refuses a javascript: or data: "number" with a message, keeping the text', async () => {
    const store = await createTestStore('plan-contacts');
    const el = await planOn(store);
    button(section(el, 'contacts'), 'Add a contact').click();
    await el.updateComplete;
    await fillContact(el, {
      name: 'Trap',
      phone: 'javascript:alert(1)',
      email: 'data:text/html,hi',
    });
    button(section(el, 'contacts'), 'Save contact').click();
    await el.updateComplete;
    const phone = byLabel(el, 'Phone number');
    expect(phone.value).to.equal('javascript:alert(1)');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById('contact-phone-error')!.textContent).to.contain(
      'https://',
    );
    expect(el.shadowRoot!.getElementById('contact-email-error')).to.not.equal(null);
    expect(focused(el), 'focus on the first field with a problem').to.equal(phone);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"]')).to.equal(null);
    expect(await storedPlan(store)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a message next to a malformed phone or email, and saves once fixed', async () => {
    const store = await createTestStore('plan-contacts');
    const el = await planOn(store);
    button(section(el, 'contacts'), 'Add a contact').click();
    await el.updateComplete;
    await fillContact(el, { name: 'Ana', phone: 'call me', email: 'ana@' });
    button(section(el, 'contacts'), 'Save contact').click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('contact-phone-error')!.textContent).to.contain(
      'phone number',
    );
    expect(el.shadowRoot!.getElementById('contact-email-error')!.textContent).to.contain(
      'email address',
    );
    expect(byLabel(el, 'Email address').value).to.equal('ana@');

    const phone = byLabel(el, 'Phone number');
    phone.select();
    await sendKeys({ type: '0161 496 0000' });
    await el.updateComplete;
    expect(
      el.shadowRoot!.getElementById('contact-phone-error'),
      'message clears once fixed',
    ).to.equal(null);
    await typeInto(byLabel(el, 'Email address'), 'example.org');
    button(section(el, 'contacts'), 'Save contact').click();
    await el.flush();
    expect((await storedPlan(store))!.contacts[0]).to.include({
      name: 'Ana',
      phone: '0161 496 0000',
      email: 'ana@example.org',
    });
  });

  it('changes and removes a contact', async () => {
    const store = await createTestStore('plan-contacts');
    const el = await planOn(store);
    button(section(el, 'contacts'), 'Add a contact').click();
    await el.updateComplete;
    await fillContact(el, { name: 'Jo' });
    button(section(el, 'contacts'), 'Save contact').click();
    await el.updateComplete;
    expect(buttonName(focused(el)!)).to.equal('Change: Jo');
    button(el, 'Change: Jo').click();
    await el.updateComplete;
    await typeInto(byLabel(el, 'Who they are to me'), 'Neighbour');
    button(el, 'Save contact').click();
    await el.flush();
    expect((await storedPlan(store))!.contacts[0].relationship).to.equal('Neighbour');
    button(el, 'Remove: Jo').click();
    await el.flush();
    expect((await storedPlan(store))!.contacts).to.deep.equal([]);
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
  });

  it("lists the host's crisis lines with safe links only", async () => {
    const store = await createTestStore('plan-contacts');
    const el = await planOn(store);
    const lines: CrisisContact[] = [
      {
        name: 'Night line',
        purpose: 'Someone to talk to at night.',
        href: 'tel:0800000111',
        linkText: 'Call 0800 000 111',
        availability: '8pm to 8am',
      },
      {
        name: 'Bad link',
        purpose: 'Should show as text.',
        href: 'javascript:alert(1)',
        linkText: 'Do not click',
      },
    ];
    el.crisisContacts = lines;
    await el.updateComplete;
    const crisis = $(el, '.editor .crisis-lines');
    expect(crisis.querySelector('a[href="tel:0800000111"]')!.textContent).to.equal(
      'Call 0800 000 111',
    );
    expect(crisis.textContent).to.contain('8pm to 8am');
    expect(crisis.textContent).to.contain('Do not click');
    expect(crisis.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(crisis.textContent).to.not.contain('Samaritans');
  });

  it('takes crisis lines and sections from JSON attributes, and ignores malformed ones with a warning', async () => {
    const store = await createTestStore('plan-contacts');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: unknown) => warnings.push(String(message));
    try {
      const el = await fixture<RkStayingWellPlan>(
        html`<rk-staying-well-plan
          .store=${store}
          crisis-contacts='[{"name":"Town line","purpose":"Local help.","href":"tel:01234567890","linkText":"Call 01234 567890"}]'
          sections='[{"key":"well","title":"Me, well"}]'
        ></rk-staying-well-plan>`,
      );
      await loaded(el);
      expect($(el, '.editor .crisis-lines a[href="tel:01234567890"]').textContent).to.equal(
        'Call 01234 567890',
      );
      expect($(el, '.editor h3').textContent).to.equal('Me, well');
      el.setAttribute('crisis-contacts', '{not json');
      await el.updateComplete;
      expect(warnings.some((w) => w.includes('expected a JSON list'))).to.equal(true);
      expect(
        $(el, '.editor .crisis-lines').textContent,
        'falls back to the default lines',
      ).to.contain('Samaritans');
      el.crisisContacts = [{ nope: true } as never];
      await el.updateComplete;
      expect(warnings.some((w) => w.includes('crisis contacts need'))).to.equal(true);
      expect($(el, '.editor .crisis-lines').textContent).to.contain('Samaritans');
    } finally {
      console.warn = warn;
    }
  });
});
