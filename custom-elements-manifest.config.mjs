// custom-elements.json is generated from the JSDoc on element classes (@summary, @fires,
// @csspart, @cssprop, @slot) and committed. `npm run analyze` writes it; `npm test` fails
// when it is stale (scripts/check-manifest.mjs). Every option lives here so that every run
// writes the same file and never rewrites package.json.
//
// From the same manifest `npm run analyze` writes the framework and editor integration in
// integrations/ (committed and shipped, checked for staleness the same way):
// - jsx.d.ts (`recovery-kit/jsx`): every rk-* tag in React 19's JSX, with typed `onrk-*`
//   events. @wc-toolkit/jsx-types: the maintained successor of custom-element-jsx-integration,
//   by the same author, and the one that types React 19's lower-case event props.
// - vue.d.ts (`recovery-kit/vue`): GlobalComponents for vue-tsc --strictTemplates.
// - svelte.d.ts (`recovery-kit/svelte`): every rk-* tag in Svelte 5's `SvelteHTMLElements`
//   (svelte/elements), props and `onrk-*` events typed. custom-element-svelte-integration
//   writes Svelte 4's `svelteHTML` namespace and `on:` events, so this reuses the JSX
//   generator's types (Svelte 5 takes the same lower-case `onrk-*` props as React 19).
// - element-types.d.ts: those types, written once. The JSX generator's file is split
//   (shareElementTypes below): jsx.d.ts and svelte.d.ts import from it and add only
//   their frameworks' declarations.
// - vscode.html-custom-data.json, vscode.css-custom-data.json (VS Code) and web-types.json
//   (JetBrains IDEs, named by package.json's `web-types`).
// The three custom-element-*-integration generators are the ones Shoelace and Web Awesome
// use; all four are CEM analyzer plugins, so nothing here parses the manifest by hand.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the integration files go: integrations/, or a scratch folder for the check. */
const integrationsDir = process.env.RK_INTEGRATIONS_OUTDIR ?? './integrations';

/** Class name -> the shipped module that declares it (filled in by defineElementPlugin). */
const classModules = new Map();

/** Where an integration file imports an element's class type from: its shipped .d.ts. */
const typesFromIntegrations = (name) => classModules.get(name).replace(/^dist\//, '../dist/types/');

/**
 * A manifest path in the source (`src/elements/x/x.ts`, or `/src/elements/x/x.js` in a
 * superclass reference) as the shipped module it becomes (`dist/elements/x/x.js`); its
 * declarations sit beside it in `dist/types/elements/x/x.d.ts`.
 */
const shippedPath = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');

/**
 * Every event an element fires is declared once, in the global `RkEventDetailMap`
 * (src/events/), so its type is `CustomEvent<RkEventDetailMap[name]>`: the manifest says
 * so, and the generated JSX and Vue types give `e.detail` its shape from it.
 */
function typeEvents(modules) {
  for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      if (event.name && !event.type) {
        event.type = { text: `CustomEvent<RkEventDetailMap['${event.name}']>` };
      }
    }
  }
}

/** `rk-goal-created` -> `RkGoalCreated`, so the generator's `on${name}` is `onRkGoalCreated`. */
const pascalCase = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/**
 * vue-tsc checks a template's `:heading-level` and `@rk-goal-created` as the camel-cased
 * props `headingLevel` and `onRkGoalCreated`, and the Vue generator writes an event's type
 * as `CustomEvent<type>`. So it is given a copy of the manifest in those terms: attributes
 * under their property names, events renamed, and event types reduced to the `detail`
 * (`never` for a plain `Event`).
 */
function forVueTemplates(plugin) {
  return {
    ...plugin,
    packageLinkPhase(context) {
      const manifest = structuredClone(context.customElementsManifest);
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName) attribute.name = attribute.fieldName;
        }
        for (const event of declaration.events ?? []) {
          const text = event.type?.text;
          if (text) event.type.text = /^CustomEvent<(.+)>$/.exec(text)?.[1] ?? 'never';
          if (event.name) event.name = pascalCase(event.name);
        }
      }
      plugin.packageLinkPhase({ ...context, customElementsManifest: manifest });
    },
  };
}

/** The generator's `ref` prop, which takes a callback or an element but not a ref object. */
const JSX_REF = 'ref?: (T | ((e: T) => void)) | undefined;';

/**
 * A plugin that rewrites `file` after its generator wrote it, and stops the analysis when
 * `marker` is not in it (a new version of the generator changed what it writes).
 */
function rewriteGenerated(name, file, marker, rewrite) {
  return {
    name,
    packageLinkPhase() {
      const path = join(integrationsDir, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(marker)) throw new Error(`${path}: "${marker.trim()}" not found`);
      writeFileSync(path, rewrite(text));
    },
  };
}

/**
 * @wc-toolkit/jsx-types types `ref` for Solid and Preact; React's `useRef()` gives an object
 * (`{ current }`), which it refuses. This widens that one line after the file is written.
 */
const reactRefObjects = (file) =>
  rewriteGenerated('recovery-kit-jsx-ref-objects', file, JSX_REF, (text) =>
    text.replace(JSX_REF, 'ref?: T | ((e: T) => void) | { current: T | null };'),
  );

/** Where the JSX generator's framework declarations start (React's is the first). */
const JSX_FRAMEWORKS = '\ndeclare module "react" {';

/** The module of every tag's props, events and CSS properties, shared by jsx.d.ts and svelte.d.ts. */
const ELEMENT_TYPES = 'element-types';

/** A framework file's opening: the shared types it declares with, and all of them re-exported. */
const importingElementTypes = (names) =>
  `import type { ${names.join(', ')} } from "./${ELEMENT_TYPES}.js";\nexport * from "./${ELEMENT_TYPES}.js";\n`;

/** Svelte 5's augmentation: every rk-* tag in `svelte/elements`. */
const SVELTE_ELEMENTS = `
declare module "svelte/elements" {
  interface SvelteHTMLElements extends CustomElements {}
}
`;

/**
 * Splits the JSX generator's `file` where its framework declarations start: the types
 * before go to element-types.d.ts; `file` keeps its `declare module` blocks (React,
 * Preact, Solid...) and svelte.d.ts gets the `svelte/elements` one, each importing the
 * shared types.
 */
const shareElementTypes = (file) =>
  rewriteGenerated('recovery-kit-shared-element-types', file, JSX_FRAMEWORKS, (text) => {
    const frameworks = text.indexOf(JSX_FRAMEWORKS);
    writeFileSync(join(integrationsDir, `${ELEMENT_TYPES}.d.ts`), text.slice(0, frameworks));
    writeFileSync(
      join(integrationsDir, 'svelte.d.ts'),
      importingElementTypes(['CustomElements']) + SVELTE_ELEMENTS,
    );
    const declared = ['CustomCssProperties', 'CustomElements', 'CustomElementsSolidJs'];
    return importingElementTypes(declared) + text.slice(frameworks);
  });

/** Rewrites every `path` and `module` field of the manifest to the shipped file. */
function pointAtShippedFiles(node) {
  if (Array.isArray(node)) node.forEach(pointAtShippedFiles);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = shippedPath(value);
      else pointAtShippedFiles(value);
    }
  }
}

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
      typeEvents(customElementsManifest.modules);
      pointAtShippedFiles(customElementsManifest.modules);
      for (const [name, { module }] of classes) classModules.set(name, module.path);
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
  plugins: [
    defineElementPlugin(),
    jsxTypesPlugin({
      outdir: integrationsDir,
      fileName: 'jsx.d.ts',
      componentTypePath: typesFromIntegrations,
      stronglyTypedEvents: true,
      hideLogs: true,
    }),
    reactRefObjects('jsx.d.ts'),
    shareElementTypes('jsx.d.ts'),
    forVueTemplates(
      customElementVuejsPlugin({
        outdir: integrationsDir,
        fileName: 'vue.d.ts',
        componentTypePath: typesFromIntegrations,
        hideLogs: true,
      }),
    ),
    customElementVsCodePlugin({
      outdir: integrationsDir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: integrationsDir,
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
  ],
};
