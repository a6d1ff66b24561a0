// custom-elements.json is generated from the JSDoc on element classes (@summary, @fires,
// @csspart, @cssprop, @slot) and committed. `npm run analyze` writes it; `npm test` fails
// when it is stale (scripts/check-manifest.mjs). Every option lives here so that every run
// writes the same file and never rewrites package.json.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: [
    'src/elements/**/define.ts',
    'src/elements/**/*.strings.ts',
    'src/elements/**/*.styles.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  dev: false,
};
