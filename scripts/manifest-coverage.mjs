// Finds what a source file documents (@fires, @csspart, @cssprop) that its module in
// custom-elements.json lacks, and elements the script tag's autoloader does not know. The analyzer drops a class's JSDoc silently when anything
// stands between the comment and the class (a `const`, say), and the element's docs page
// then lists no events, parts or CSS properties; this makes that a failure instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** JSDoc tag -> the manifest's list on a declaration that must name it. */
const TAG_LISTS = {
  fires: 'events',
  event: 'events',
  csspart: 'cssParts',
  part: 'cssParts',
  cssprop: 'cssProperties',
  cssproperty: 'cssProperties',
};

const DOC_TAG = /@(fires|event|csspart|part|cssprop|cssproperty)\s+(?:\{[^}]*\}\s*)?([\w-]+)/g;

/** The source file a manifest module was made from (`dist/x/y.js` -> `src/x/y.ts`). */
export const sourceOf = (modulePath) => modulePath.replace(/^dist\/(.*)\.js$/, 'src/$1.ts');

/** Every `@tag name` in the file's JSDoc comments, as `{ tag, name }`. */
function documentedNames(source) {
  const found = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    for (const [, tag, name] of comment.matchAll(DOC_TAG)) found.push({ tag, name });
  }
  return found;
}

/**
 * One line per documented event, part or CSS property missing from the manifest, such
 * as "src/elements/x/x.ts documents @fires rk-x-saved, but custom-elements.json has no such
 * events entry": empty when everything documented is there.
 */
export function missingFromManifest(root, manifest) {
  const problems = [];
  for (const module of manifest.modules ?? []) {
    const file = sourceOf(module.path);
    if (!existsSync(join(root, file))) continue;
    const listed = (list) =>
      new Set((module.declarations ?? []).flatMap((d) => (d[list] ?? []).map((item) => item.name)));
    for (const { tag, name } of documentedNames(readFileSync(join(root, file), 'utf8'))) {
      const list = TAG_LISTS[tag];
      if (!listed(list).has(name)) {
        problems.push(
          `${file} documents @${tag} ${name}, but custom-elements.json has no such ${list} entry (is something between the class's JSDoc and the class?)`,
        );
      }
    }
  }
  return problems;
}

/** The script-tag build's table of element chunks (src/cdn/element-loaders.ts). */
const LOADERS = 'src/cdn/element-loaders.ts';

/** One line per element in the manifest that the script-tag autoloader cannot load. */
export function tagsWithoutLoader(root, manifest) {
  const loaders = readFileSync(join(root, LOADERS), 'utf8');
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName && !loaders.includes(`'${declaration.tagName}':`))
    .map((declaration) => `<${declaration.tagName}> has no loader in ${LOADERS}`);
}
