// The text rules of the template minifier (minify-template-literals.ts), kept apart from
// the TypeScript parser so the browser tests can check them against our real stylesheets.

/** Quoted CSS strings, and comments: they are found together so neither hides in the other. */
const CSS_STRING_OR_COMMENT = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\*[\s\S]*?\*\/)/;

/**
 * Minifies one static stretch of CSS text (raw source text, escapes as written): comments
 * go, runs of whitespace become one space, the space next to `{ } ; , :` goes, and so
 * does the `;` before `}`. Quoted strings are copied as written. The space before `:`
 * and `(` stays: `a :focus` and `and (min-width: ...)` mean something.
 */
export function minifyCssText(text: string): string {
  const withoutComments = text
    .split(CSS_STRING_OR_COMMENT)
    .map((piece) => (piece.startsWith('/*') ? ' ' : piece))
    .join('');
  return withoutComments
    .split(CSS_STRING_OR_COMMENT)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Collapses the line breaks and indentation of one static stretch of HTML text: a run of
 * whitespace that holds a line break becomes one space, which renders the same wherever
 * whitespace collapses (pre-formatted text lives in bindings, never in template text).
 */
export function collapseHtmlText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
