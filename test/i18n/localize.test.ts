import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../src/elements/define-element.js';
import { RkElement } from '../../src/elements/rk-element.js';
import type { RkProvider } from '../../src/elements/provider/rk-provider.js';
import '../../src/elements/provider/define.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import { addPartDefaults, registerLocale } from '../../src/i18n/locale-registry.js';
import { pseudoLocalize } from '../../src/i18n/pseudo-locale.js';
import type { StringOverrides } from '../../src/i18n/string-table.js';

const probeStrings = {
  title: 'My notes',
  hint: 'Write a little each day.',
  count: (n: number) => (n === 1 ? '1 note' : `${n} notes`),
};

/** A section whose `later` word comes with a lazily loaded part (addPartDefaults). */
const partProbeStrings = { title: 'First view' } as { title: string; later: string };

declare global {
  interface RkStringSections {
    'localize-probe': typeof probeStrings;
    'localize-part-probe': typeof partProbeStrings;
  }
}

class LocalizeProbe extends RkElement {
  @property({ attribute: false }) strings?: StringOverrides<typeof probeStrings>;
  readonly t = new LocalizeController(this, 'localize-probe', probeStrings, () => this.strings);
  renders = 0;

  protected override render(): unknown {
    this.renders += 1;
    const s = this.t.strings;
    return litHtml`<h2>${s.title}</h2><p class="hint">${s.hint}</p><p class="count">${s.count(3)}</p>`;
  }
}
defineElement('rk-localize-probe', LocalizeProbe);

class LocalizePartProbe extends RkElement {
  @property({ attribute: false }) strings?: StringOverrides<typeof partProbeStrings>;
  readonly t = new LocalizeController(
    this,
    'localize-part-probe',
    partProbeStrings,
    () => this.strings,
  );

  protected override render(): unknown {
    const s = this.t.strings;
    return litHtml`<h2>${s.title}</h2><p>${s.later ?? '(not loaded)'}</p>`;
  }
}
defineElement('rk-localize-part-probe', LocalizePartProbe);

function shown(el: LocalizeProbe | LocalizePartProbe): string[] {
  return [...el.shadowRoot!.querySelectorAll('h2, p')].map((node) => node.textContent!);
}

let counter = 0;
/** A locale tag no other test has registered. */
const freshLocale = (language = 'x') => `${language}-t${(counter += 1)}`;

function stubWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (message: unknown) => messages.push(String(message));
  return { messages, restore: () => (console.warn = original) };
}

describe('LocalizeController', () => {
  it('shows the en-GB defaults when nothing overrides them', async () => {
    const el = await fixture<LocalizeProbe>(html`<rk-localize-probe></rk-localize-probe>`);
    expect(shown(el)).to.deep.equal(['My notes', 'Write a little each day.', '3 notes']);
    expect(el.t.locale).to.equal('en-GB');
  });

  it('layers defaults < registered locale < provider strings < element .strings', async () => {
    const locale = freshLocale();
    registerLocale(locale, {
      'localize-probe': {
        title: 'Locale title',
        hint: 'Locale hint',
        count: (n: number) => `${n} locale notes`,
      },
    });
    const provider = await fixture<RkProvider>(
      html`<rk-provider
        storage="memory"
        locale=${locale}
        .strings=${{ 'localize-probe': { hint: 'Provider hint', count: (n: number) => `${n} provider notes` } }}
      >
        <rk-localize-probe
          .strings=${{ count: (n: number) => `${n} own notes` }}
        ></rk-localize-probe>
      </rk-provider>`,
    );
    const el = provider.querySelector<LocalizeProbe>('rk-localize-probe')!;
    await el.updateComplete;
    expect(el.t.locale).to.equal(locale);
    expect(shown(el)).to.deep.equal(['Locale title', 'Provider hint', '3 own notes']);

    el.strings = undefined;
    await el.updateComplete;
    expect(shown(el)[2]).to.equal('3 provider notes');

    provider.strings = undefined;
    await provider.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Locale title', 'Locale hint', '3 locale notes']);
  });

  it("the element's own locale wins over the provider's", async () => {
    const mine = freshLocale();
    registerLocale(mine, { 'localize-probe': { title: 'Mine' } });
    const provider = await fixture<RkProvider>(
      html`<rk-provider storage="memory" locale="en-GB">
        <rk-localize-probe locale=${mine}></rk-localize-probe>
      </rk-provider>`,
    );
    const el = provider.querySelector<LocalizeProbe>('rk-localize-probe')!;
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('Mine');
  });

  it('re-renders when a locale is registered or extended later', async () => {
    const locale = freshLocale();
    const warn = stubWarn();
    let el: LocalizeProbe;
    try {
      el = await fixture<LocalizeProbe>(
        html`<rk-localize-probe locale=${locale}></rk-localize-probe>`,
      );
    } finally {
      warn.restore();
    }
    expect(shown(el)[0]).to.equal('My notes');
    registerLocale(locale, { 'localize-probe': { title: 'Later' } });
    await el.updateComplete;
    expect(shown(el)[0]).to.equal('Later');
    registerLocale(locale, { 'localize-probe': { hint: 'Later hint' } });
    await el.updateComplete;
    expect(shown(el).slice(0, 2)).to.deep.equal(['Later', 'Later hint']);
  });

  it('uses the language when the exact locale is not registered (fr-CA -> fr)', async () => {
    const language = `q${(counter += 1)}`;
    registerLocale(language, { 'localize-probe': { title: 'Language title' } });
    const el = await fixture<LocalizeProbe>(
      html`<rk-localize-probe locale=${`${language}-CA`}></rk-localize-probe>`,
    );
    expect(shown(el)[0]).to.equal('Language title');
  });

  it('warns once about an unknown locale and falls back to en-GB', async () => {
    const locale = freshLocale('zz');
    const warn = stubWarn();
    try {
      const el = await fixture<LocalizeProbe>(
        html`<rk-localize-probe locale=${locale}></rk-localize-probe>`,
      );
      expect(shown(el)).to.deep.equal(['My notes', 'Write a little each day.', '3 notes']);
      el.requestUpdate();
      await el.updateComplete;
      await fixture(html`<rk-localize-probe locale=${locale}></rk-localize-probe>`);
      const aboutLocale = warn.messages.filter((m) => m.includes(locale));
      expect(aboutLocale).to.have.length(1);
      expect(aboutLocale[0]).to.contain('en-GB');
    } finally {
      warn.restore();
    }
  });

  it('applies a pseudo-locale transform to every string, functions included', async () => {
    const locale = freshLocale('en');
    registerLocale(locale, { transform: pseudoLocalize });
    const el = await fixture<LocalizeProbe>(
      html`<rk-localize-probe locale=${locale}></rk-localize-probe>`,
    );
    const [title, , count] = shown(el);
    expect(title).to.equal(pseudoLocalize('My notes'));
    expect(count).to.equal(pseudoLocalize('3 notes'));
    expect(title).to.not.equal('My notes');
  });

  it('does not recompute strings when nothing changed', async () => {
    const el = await fixture<LocalizeProbe>(html`<rk-localize-probe></rk-localize-probe>`);
    expect(el.t.strings).to.equal(el.t.strings);
  });

  it("adds a lazily loaded part's defaults to its section, re-rendering; locales and .strings still win", async () => {
    const locale = freshLocale();
    registerLocale(locale, { 'localize-part-probe': { title: 'Teitl' } });
    const el = await fixture<LocalizePartProbe>(
      html`<rk-localize-part-probe></rk-localize-part-probe>`,
    );
    const other = await fixture<LocalizePartProbe>(
      html`<rk-localize-part-probe locale=${locale}></rk-localize-part-probe>`,
    );
    expect(shown(el)).to.deep.equal(['First view', '(not loaded)']);

    addPartDefaults('localize-part-probe', { later: 'Came with the part' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['First view', 'Came with the part']);
    await other.updateComplete;
    expect(shown(other)).to.deep.equal(['Teitl', 'Came with the part']);

    registerLocale(locale, { 'localize-part-probe': { later: 'Daeth gyda’r rhan' } });
    el.strings = { title: 'Mine' };
    await el.updateComplete;
    await other.updateComplete;
    expect(shown(el)).to.deep.equal(['Mine', 'Came with the part']);
    expect(shown(other)).to.deep.equal(['Teitl', 'Daeth gyda’r rhan']);
  });
});
