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

  it('keeps the first class and warns once when another class claims the tag', () => {
    const tag = uniqueTag();
    class Original extends HTMLElement {}
    class OtherVersion extends HTMLElement {}
    const warn = stubWarn();
    try {
      defineElement(tag, Original);
      expect(() => defineElement(tag, OtherVersion)).not.to.throw();
      defineElement(tag, OtherVersion);
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain(tag);
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(Original);
  });
});
