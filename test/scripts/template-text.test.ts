import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/define.js';
import { collapseHtmlText, minifyCssText } from '../../scripts/template-text.js';

/** Every element the library registers (the undo notice comes with the tools). */
const TAGS = [
  'rk-provider',
  'rk-crisis-help',
  'rk-save-status',
  'rk-undo-notice',
  'rk-goal-tracker',
  'rk-star-assessment',
  'rk-staying-well-plan',
  'rk-hope-journal',
];

/**
 * The rules the browser parses from `text`, as it writes them back. Browsers keep a
 * custom property's value as written, so the space around commas and brackets, which
 * means nothing there, is taken out of both sides.
 */
function parsedRules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText.replace(/\s+/g, ' ').replace(/ ?([,()]) ?/g, '$1'),
  );
}

describe('minifyCssText', () => {
  it('parses to the same rules as the original, for every stylesheet the elements use', () => {
    let checked = 0;
    for (const tag of TAGS) {
      const element = customElements.get(tag) as typeof LitElement | undefined;
      expect(element, tag).to.exist;
      for (const style of element!.elementStyles as CSSResult[]) {
        const minified = minifyCssText(style.cssText);
        expect(minified.length, tag).to.be.below(style.cssText.length);
        expect(parsedRules(minified), tag).to.deep.equal(parsedRules(style.cssText));
        checked += 1;
      }
    }
    expect(checked).to.be.above(TAGS.length);
  });

  it('keeps quoted strings exactly and drops comments', () => {
    expect(minifyCssText(`a {\n  /* a note: it's */\n  content: '  ;  {  ';\n}`)).to.equal(
      `a{content:'  ;  {  '}`,
    );
    expect(minifyCssText(`b { font-family: "Segoe  UI", sans-serif; }`)).to.equal(
      `b{font-family:"Segoe  UI",sans-serif}`,
    );
  });

  it('keeps the spaces that change meaning', () => {
    expect(minifyCssText(`a :focus { x: y }`)).to.equal(`a :focus{x:y}`);
    expect(minifyCssText(`@media screen and (min-width: 40rem) {\n a { b: c } }`)).to.equal(
      `@media screen and (min-width:40rem){a{b:c}}`,
    );
    expect(minifyCssText(`a { inline-size: calc(100% - 2rem); }`)).to.equal(
      `a{inline-size:calc(100% - 2rem)}`,
    );
  });
});

describe('collapseHtmlText', () => {
  it('turns line breaks and indentation into one space and leaves other text alone', () => {
    expect(collapseHtmlText(`<p>\n      <span>a  b</span\n      >\n</p>`)).to.equal(
      `<p> <span>a  b</span > </p>`,
    );
    expect(collapseHtmlText(`<b>no break  here</b>`)).to.equal(`<b>no break  here</b>`);
  });
});
