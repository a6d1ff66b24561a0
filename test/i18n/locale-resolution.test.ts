import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../../src/elements/define-element.js';
import { RkElement } from '../../src/elements/rk-element.js';
import '../../src/elements/provider/define.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import { registerLocale } from '../../src/i18n/locale-registry.js';

const strings = { title: 'Hello' };

declare global {
  interface RkStringSections {
    'resolution-probe': typeof strings;
  }
}

class ResolutionProbe extends RkElement {
  readonly t = new LocalizeController(this, 'resolution-probe', strings);
  protected override render(): unknown {
    return litHtml`<p>${this.t.strings.title}</p>`;
  }
}
defineElement('rk-resolution-probe', ResolutionProbe);

/** An element that puts a probe inside its own shadow root. */
class ShadowWrapper extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<rk-resolution-probe></rk-resolution-probe>';
  }
}
customElements.define('resolution-shadow-wrapper', ShadowWrapper);

for (const [tag, title] of [
  ['xa-one', 'One'],
  ['xa-two', 'Two'],
  ['xa-three', 'Three'],
  ['xa-four', 'Four'],
]) {
  registerLocale(tag!, { 'resolution-probe': { title: title! } });
}

const text = (probe: ResolutionProbe) => probe.shadowRoot!.querySelector('p')!.textContent;

describe('locale and direction resolution', () => {
  const html0 = document.documentElement;
  const before = { lang: html0.getAttribute('lang'), dir: html0.getAttribute('dir') };
  afterEach(() => {
    for (const name of ['lang', 'dir'] as const) {
      if (before[name] === null) html0.removeAttribute(name);
      else html0.setAttribute(name, before[name]!);
    }
  });

  it('orders locale attribute > provider > nearest lang > <html lang> > en-GB', async () => {
    html0.setAttribute('lang', 'xa-four');
    const root = await fixture<HTMLElement>(
      html`<div lang="xa-three">
        <rk-provider storage="memory" locale="xa-two">
          <rk-resolution-probe id="own" locale="xa-one"></rk-resolution-probe>
          <rk-resolution-probe id="provided"></rk-resolution-probe>
        </rk-provider>
        <rk-resolution-probe id="nearest"></rk-resolution-probe>
      </div>`,
    );
    const probe = (id: string) => root.querySelector<ResolutionProbe>(`#${id}`)!;
    await waitUntil(() => text(probe('provided')) === 'Two');
    expect(text(probe('own'))).to.equal('One');
    expect(text(probe('nearest'))).to.equal('Three');
    const page = await fixture<ResolutionProbe>(html`<rk-resolution-probe></rk-resolution-probe>`);
    expect(text(page)).to.equal('Four');
    html0.removeAttribute('lang');
    await waitUntil(() => text(page) === 'Hello', 'not back to en-GB without a lang');
    expect(page.t.locale).to.equal('en-GB');
  });

  it('finds the lang of an ancestor across a shadow root', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div lang="xa-three"><resolution-shadow-wrapper></resolution-shadow-wrapper></div>`,
    );
    const probe = outer
      .querySelector('resolution-shadow-wrapper')!
      .shadowRoot!.querySelector<ResolutionProbe>('rk-resolution-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Three');
  });

  it('re-renders every element when <html lang> changes, with one observer', async () => {
    const probe = await fixture<ResolutionProbe>(html`<rk-resolution-probe></rk-resolution-probe>`);
    await probe.updateComplete;
    expect(text(probe)).to.equal('Hello');
    html0.setAttribute('lang', 'xa-four');
    await waitUntil(() => text(probe) === 'Four', 'did not follow <html lang>');
  });

  it('is right to left under dir="rtl", and on an Arabic page that gives no dir', async () => {
    const under = await fixture<HTMLElement>(
      html`<div dir="rtl"><rk-resolution-probe></rk-resolution-probe></div>`,
    );
    const probe = under.querySelector<ResolutionProbe>('rk-resolution-probe')!;
    expect(probe.t.dir).to.equal('rtl');
    expect(probe.hasAttribute('dir'), 'inherits; sets nothing').to.equal(false);

    const arabic = await fixture<HTMLElement>(
      html`<div lang="ar"><rk-resolution-probe></rk-resolution-probe></div>`,
    );
    const alone = arabic.querySelector<ResolutionProbe>('rk-resolution-probe')!;
    await alone.updateComplete;
    expect(alone.t.dir).to.equal('rtl');
    expect(alone.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(alone.shadowRoot!.querySelector('p')!).direction).to.equal('rtl');
    arabic.setAttribute('lang', 'en');
    alone.requestUpdate();
    await alone.updateComplete;
    expect(alone.hasAttribute('dir'), 'the dir it set is taken back').to.equal(false);

    const authored = await fixture<ResolutionProbe>(
      html`<rk-resolution-probe lang="ar" dir="ltr"></rk-resolution-probe>`,
    );
    await authored.updateComplete;
    expect(authored.getAttribute('dir'), "an author's dir is kept").to.equal('ltr');
  });
});
