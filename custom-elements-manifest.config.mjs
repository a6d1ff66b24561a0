// custom-elements.json is generated from the JSDoc on element classes (@summary, @fires,
// @csspart, @cssprop, @slot) and committed. `npm run analyze` writes it; `npm test` fails
// when it is stale (scripts/check-manifest.mjs). Every option lives here so that every run
// writes the same file and never rewrites package.json.

/**
 * Our elements register through `defineElement(tag, Class)` in their `define.ts` (a
 * guarded `customElements.define`), which the analyzer does not know. This plugin reads
 * those calls, gives each class its tag name (Storybook finds an element's docs by tag)
 * and records the definition as the define module's export, as the schema describes.
 */
function defineElementPlugin() {
  const definitions = [];
  return {
    name: 'recovery-kit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      definitions.push({ tag: tag.text, className: klass.text, module: moduleDoc.path });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      // Files are read in whatever order the file system gives; sort so every run writes
      // the same file and the staleness check compares like with like.
      customElementsManifest.modules.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(declaration.name, { declaration, module });
        }
      }
      for (const { tag, className, module: definedIn } of definitions) {
        const found = classes.get(className);
        if (!found) continue;
        found.declaration.tagName = tag;
        found.declaration.customElement = true;
        const defineModule = customElementsManifest.modules.find((m) => m.path === definedIn);
        const exported = defineModule?.exports?.find((e) => e.name === tag);
        if (exported) exported.declaration.module = found.module.path;
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.strings.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  dev: false,
  plugins: [defineElementPlugin()],
};
