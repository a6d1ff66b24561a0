import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../../../src/elements/define-element.js';
import { RkTool } from '../../../src/elements/rk-tool.js';
import { StorageError } from '../../../src/storage/storage-error.js';
import type {} from '../../../src/events/storage-events.js';
import { renderHeading } from '../../../src/elements/heading.js';

class HeadingProbe extends RkTool {
  protected override render(): unknown {
    return litHtml`${renderHeading(this, 'Title')}<section>${renderHeading(this, 'Section', 1, 'section-heading')}</section>`;
  }
}
defineElement('rk-heading-probe', HeadingProbe);

function stubWarn(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

function headings(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.localName}:${h.textContent}`,
  );
}

describe('RkElement', () => {
  it('renders its title at level 2 and sections at level 3 by default', async () => {
    const el = await fixture<HeadingProbe>(html`<rk-heading-probe></rk-heading-probe>`);
    expect(headings(el)).to.deep.equal(['h2:Title', 'h3:Section']);
    expect(el.shadowRoot!.querySelector('h3')!.getAttribute('part')).to.equal('section-heading');
  });

  it('follows heading-level and caps sections at h6', async () => {
    const el = await fixture<HeadingProbe>(
      html`<rk-heading-probe heading-level="6"></rk-heading-probe>`,
    );
    expect(headings(el)).to.deep.equal(['h6:Title', 'h6:Section']);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h1:Title', 'h2:Section']);
  });

  for (const bad of ['0', '7', '2.5', 'three']) {
    it(`warns and falls back to level 2 for heading-level="${bad}"`, async () => {
      const warn = stubWarn();
      try {
        const el = await fixture<HeadingProbe>(
          html`<rk-heading-probe heading-level=${bad}></rk-heading-probe>`,
        );
        expect(headings(el)).to.deep.equal(['h2:Title', 'h3:Section']);
        expect(el.effectiveHeadingLevel).to.equal(2);
        expect(warn.calls.length).to.equal(1);
        expect(String(warn.calls[0][0])).to.contain('heading-level');
      } finally {
        warn.restore();
      }
    });
  }

  it('reflects readonly', async () => {
    const el = await fixture<HeadingProbe>(html`<rk-heading-probe></rk-heading-probe>`);
    el.readonly = true;
    await el.updateComplete;
    expect(el.hasAttribute('readonly')).to.equal(true);
  });

  it('emits typed events that bubble out of shadow roots', async () => {
    const outer = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('rk-heading-probe') as HeadingProbe;
    shadow.append(el);
    let seen: CustomEvent | undefined;
    outer.addEventListener('rk-storage-error', (event) => (seen = event));
    const error = new StorageError('quota-exceeded', 'full');
    el.emit('rk-storage-error', { error, operation: 'save-note', retryable: true });
    expect(seen?.detail).to.deep.equal({ error, operation: 'save-note', retryable: true });
    expect(seen?.bubbles).to.equal(true);
    expect(seen?.composed).to.equal(true);
  });
});
