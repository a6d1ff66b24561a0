// The script-tag build's other file (dist/cdn/recovery-kit-all.js): registers every element
// as soon as it loads, whatever the page holds, for pages that would rather have everything
// up front. It fetches the same chunks the main file does (loading both files is harmless)
// and exports the same API.
import { ELEMENT_LOADERS } from './element-loaders.js';

export * from './api.js';

await Promise.all(Object.values(ELEMENT_LOADERS).map((load) => load()));
