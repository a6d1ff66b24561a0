import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { UK_CRISIS_CONTACTS, type CrisisContact } from '../../../src/core/crisis-contacts.js';
import type { RkCrisisHelp } from '../../../src/elements/crisis-help/rk-crisis-help.js';
import '../../../src/elements/crisis-help/define.js';
import '../../../src/elements/provider/define.js';

function parts(el: RkCrisisHelp) {
  const root = el.shadowRoot!;
  return {
    toggle: root.querySelector<HTMLButtonElement>('[part="toggle"]')!,
    panel: root.querySelector<HTMLElement>('[part="panel"]')!,
    links: [...root.querySelectorAll<HTMLAnchorElement>('a')],
    close: root.querySelector<HTMLButtonElement>('[part="close"]')!,
  };
}

function focused(el: RkCrisisHelp): Element | null {
  return el.shadowRoot!.activeElement;
}

function stubWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (message: unknown) => messages.push(String(message));
  return { messages, restore: () => (console.warn = original) };
}

describe('<rk-crisis-help>', () => {
  it('is fully usable by keyboard: Tab to the button, Enter opens, every link is reachable, Escape closes', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help></rk-crisis-help>`);
    const { toggle, panel } = parts(el);
    expect(panel.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(panel.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    const links = parts(el).links;
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      UK_CRISIS_CONTACTS.map((c) => c.href),
    );
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(link);
    }
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(parts(el).close);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(panel.hidden).to.equal(true);
    expect(focused(el)).to.equal(toggle);
  });

  it('closes with the close button (Space) and returns focus to the toggle', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help open></rk-crisis-help>`);
    parts(el).close.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(focused(el)).to.equal(parts(el).toggle);
  });

  it('shows the UK contacts by default, each with purpose, availability and a link', async () => {
    const el = await fixture<RkCrisisHelp>(html`<rk-crisis-help open></rk-crisis-help>`);
    const items = [...el.shadowRoot!.querySelectorAll('[part="contact"]')];
    expect(items).to.have.length(UK_CRISIS_CONTACTS.length);
    const text = items.map((item) => item.textContent!.replace(/\s+/g, ' '));
    expect(text[0]).to.contain('Emergency services').and.contain('Call 999');
    expect(text[1]).to.contain('Samaritans').and.contain('Call 116 123');
    expect(text[2]).to.contain('Text SHOUT to 85258');
    expect(text[3]).to.contain('NHS 111').and.contain('option 2');
    expect(el.shadowRoot!.textContent).to.contain('You are not alone');
  });

  it('uses .contacts over the provider’s, and the provider’s over the defaults', async () => {
    const fromProvider: CrisisContact[] = [
      { name: 'Provider line', purpose: 'Talk to us.', href: 'tel:01234', linkText: 'Call 01234' },
    ];
    const own: CrisisContact[] = [
      {
        name: 'Own line',
        purpose: 'Email us.',
        href: 'mailto:help@example.org',
        linkText: 'Email help@example.org',
      },
    ];
    const provider = await fixture(
      html`<rk-provider storage="memory" .crisisContacts=${fromProvider}>
        <rk-crisis-help open></rk-crisis-help>
        <rk-crisis-help open .contacts=${own}></rk-crisis-help>
      </rk-provider>`,
    );
    const [inherited, overridden] = [...provider.querySelectorAll('rk-crisis-help')];
    await inherited.updateComplete;
    await overridden.updateComplete;
    expect(parts(inherited).links.map((a) => a.href)).to.deep.equal(['tel:01234']);
    expect(parts(overridden).links.map((a) => a.href)).to.deep.equal(['mailto:help@example.org']);
  });

  it('refuses a javascript: contact URL with a warning and shows the contact without a link', async () => {
    const warn = stubWarn();
    try {
      const contacts: CrisisContact[] = [
        {
          name: 'Trap',
          purpose: 'Not a real service.',
          href: 'javascript:alert(document.cookie)//trap',
          linkText: 'Click me',
        },
        {
          name: 'Data trap',
          purpose: 'Not real either.',
          href: 'data:text/html,<script>alert(1)</script>',
          linkText: 'Open',
        },
        {
          name: 'Shout',
          purpose: 'Text a volunteer.',
          href: 'sms:85258?body=SHOUT',
          linkText: 'Text SHOUT to 85258',
        },
      ];
      const el = await fixture<RkCrisisHelp>(
        html`<rk-crisis-help open .contacts=${contacts}></rk-crisis-help>`,
      );
      const { links } = parts(el);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['sms:85258?body=SHOUT']);
      expect(el.shadowRoot!.querySelector('[href^="javascript"], [href^="data"]')).to.equal(null);
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('Trap').and.contain('Click me');
      expect(
        warn.messages.some((m) => m.includes('javascript:') && m.includes('not allowed')),
      ).to.equal(true);
      expect(warn.messages.some((m) => m.includes('"data:"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('falls back to the default contacts, with a warning, when given an empty list', async () => {
    const warn = stubWarn();
    try {
      const el = await fixture<RkCrisisHelp>(
        html`<rk-crisis-help open .contacts=${[]}></rk-crisis-help>`,
      );
      expect(parts(el).links).to.have.length(UK_CRISIS_CONTACTS.length);
      expect(warn.messages.some((m) => m.includes('no contacts'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violation, closed and open, in the ${theme} theme`, async () => {
      const el = await fixture<RkCrisisHelp>(
        html`<rk-crisis-help theme=${theme}></rk-crisis-help>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal(theme);
      await expect(el).to.be.accessible();
      el.open = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
