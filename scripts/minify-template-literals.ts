// Minifies the text of Lit's `css` and `html` tagged templates at build time.
//
// Minifiers leave template literals alone (their text is a runtime value), so every
// stylesheet and template would otherwise ship with its indentation and line breaks.
// This finds each css`...` and html`...` in a TypeScript module with the TypeScript
// parser and rewrites only the static text between `${...}` expressions; the expressions
// and everything outside the templates stay byte for byte. The text rules are in
// template-text.ts, and test/scripts checks them against every stylesheet we ship.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { collapseHtmlText, minifyCssText } from './template-text.js';

/** Rewrites one static stretch of template text. */
type Minify = (text: string) => string;

const MINIFIERS: Record<string, Minify> = {
  css: minifyCssText,
  html: collapseHtmlText,
  svg: collapseHtmlText,
};

/** The [start, end) source ranges of a template's static text, between its `${...}`s. */
function staticTextRanges(template: ts.TemplateLiteral, source: ts.SourceFile): [number, number][] {
  if (ts.isNoSubstitutionTemplateLiteral(template))
    return [[template.getStart(source) + 1, template.end - 1]];
  return [
    [template.head.getStart(source) + 1, template.head.end - 2],
    ...template.templateSpans.map(({ literal }): [number, number] => [
      literal.getStart(source) + 1,
      literal.end - (ts.isTemplateTail(literal) ? 1 : 2),
    ]),
  ];
}

/** Every static text range [start, end, minify] of a `css`/`html`/`svg` template in `code`. */
function templateTextRanges(code: string, fileName: string): [number, number, Minify][] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false);
  const ranges: [number, number, Minify][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = MINIFIERS[node.tag.text];
      if (minify) {
        for (const [start, end] of staticTextRanges(node.template, source))
          ranges.push([start, end, minify]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** `code` with its `css`/`html`/`svg` template text minified; `undefined` when it has none. */
export function minifyTemplateLiterals(code: string, fileName: string): string | undefined {
  if (!/\b(css|html|svg)`/.test(code)) return undefined;
  let out = '';
  let last = 0;
  for (const [start, end, minify] of templateTextRanges(code, fileName)) {
    out += code.slice(last, start) + minify(code.slice(start, end));
    last = end;
  }
  return last === 0 ? undefined : out + code.slice(last);
}

/** Vite plugin: minify the templates of the library's own TypeScript before it compiles. */
export function minifyTemplateLiteralsPlugin(): Plugin {
  return {
    name: 'recovery-kit:minify-template-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const minified = minifyTemplateLiterals(code, id);
      return minified === undefined ? undefined : { code: minified, map: null };
    },
  };
}
