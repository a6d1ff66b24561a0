// LazyPart on its own, with load functions the test settles by hand: one load however
// many elements ask, each called back once; a failure said once and not retried; the
// loads an element waits for (what its updateComplete awaits); a part's styles adopted
// into each element's shadow root, once.
import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { LazyPart, partsLoadingFor } from '../../../src/elements/lazy-part.js';

/** A load the test resolves or rejects itself, counting how often it was started. */
function controlledLoad<M>() {
  const load = { calls: 0, resolve: (_module: M) => {}, reject: (_error: unknown) => {} };
  const start = () => {
    load.calls += 1;
    return new Promise<M>((resolve, reject) => Object.assign(load, { resolve, reject }));
  };
  return { load, start };
}

class LazyPartHost extends LitElement {
  override render() {
    return html`<p>host</p>`;
  }
}
customElements.define('lazy-part-host', LazyPartHost);

describe('LazyPart', () => {
  it('loads once for every element that asks, and calls each back once', async () => {
    const { load, start } = controlledLoad<{ answer: number }>();
    const part = new LazyPart(start, 'a test part');
    const first = {};
    const second = {};
    const calls: string[] = [];
    expect(part.get(first, (failed) => calls.push(`first ${failed}`))).to.equal(undefined);
    expect(part.get(first, (failed) => calls.push(`first again ${failed}`))).to.equal(undefined);
    expect(part.get(second, (failed) => calls.push(`second ${failed}`))).to.equal(undefined);
    expect(load.calls).to.equal(1);
    expect(partsLoadingFor(first)).to.have.length(1);

    load.resolve({ answer: 42 });
    await Promise.all(partsLoadingFor(first));
    expect(calls).to.deep.equal(['first again false', 'second false']);
    expect(partsLoadingFor(first)).to.deep.equal([]);
    expect(part.get(first, () => calls.push('never'))?.answer).to.equal(42);
    expect(part.loaded?.answer).to.equal(42);
    expect(load.calls).to.equal(1);
  });

  it('says a failure once, stays failed and does not ask again', async () => {
    const { load, start } = controlledLoad<object>();
    const part = new LazyPart(start, 'a test part');
    const waiter = {};
    let failedWith: boolean | undefined;
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      part.get(waiter, (failed) => (failedWith = failed));
      const loading = partsLoadingFor(waiter);
      load.reject(new TypeError('Failed to fetch dynamically imported module'));
      await Promise.all(loading);
    } finally {
      console.warn = warn;
    }
    expect(failedWith).to.equal(true);
    expect(part.failed).to.equal(true);
    expect(warnings).to.deep.equal(['recovery-kit: a test part could not be loaded.']);
    expect(part.get(waiter, () => undefined)).to.equal(undefined);
    expect(partsLoadingFor(waiter)).to.deep.equal([]);
    expect(load.calls).to.equal(1);
  });

  it('adopts a part’s styles into each element it is given to, once', async () => {
    const styles = css`
      p {
        margin-inline-start: 7px;
      }
    `;
    const { load, start } = controlledLoad<{ styles: typeof styles }>();
    const part = new LazyPart(start, 'a styled part');
    const one = await fixture<LazyPartHost>(html`<lazy-part-host></lazy-part-host>`);
    const two = await fixture<LazyPartHost>(html`<lazy-part-host></lazy-part-host>`);
    const margin = (el: LazyPartHost) =>
      getComputedStyle(el.shadowRoot!.querySelector('p')!).marginInlineStart;
    part.get(one, () => undefined);
    expect(margin(one)).to.equal('0px');
    load.resolve({ styles });
    await Promise.all(partsLoadingFor(one));
    part.get(one, () => undefined);
    part.get(one, () => undefined);
    expect(margin(one)).to.equal('7px');
    expect(one.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(margin(two)).to.equal('0px');
    part.get(two, () => undefined);
    expect(margin(two)).to.equal('7px');
  });
});
