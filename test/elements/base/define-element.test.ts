import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/elements/define-element.js';

function stubWarn(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

let count = 0;
const uniqueTag = () => `rk-define-test-${Date.now().toString(36)}-${(count += 1)}`;

describe('defineElement', () => {
  it('defines a free tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('skips silently when the same class is defined again (the library loaded twice)', () => {
    const tag = uniqueTag();
    class Same extends HTMLElement {}
    const warn = stubWarn();
    try {
      defineElement(tag, Same);
      expect(() => defineElement(tag, Same)).not.to.throw();
      expect(warn.calls).to.have.length(0);
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(Same);
  });

  // The only test here in which tags clash: the warning is said once per copy of the module.
  it('keeps the first classes and warns once, not once per tag, when another copy claims them', () => {
    const tags = [uniqueTag(), uniqueTag(), uniqueTag()];
    const originals = tags.map(() => class Original extends HTMLElement {});
    const warn = stubWarn();
    try {
      tags.forEach((tag, i) => defineElement(tag, originals[i]!));
      for (const tag of tags) {
        expect(() => defineElement(tag, class OtherCopy extends HTMLElement {})).not.to.throw();
      }
      defineElement(tags[0]!, class OtherCopy extends HTMLElement {});
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0]![0])).to.contain(tags[0]);
    } finally {
      warn.restore();
    }
    tags.forEach((tag, i) => expect(customElements.get(tag)).to.equal(originals[i]));
  });
});
