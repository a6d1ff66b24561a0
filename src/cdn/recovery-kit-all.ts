// The script-tag build's other file (dist/cdn/recovery-kit-all.js): registers every element
// as soon as it loads, whatever the page holds, for pages that would rather have everything
// up front. It fetches the same chunks the main file does (loading both files is harmless)
// and exports the same API. It does not wait for them with a top-level await: the bundler
// turns its chunk optimisations off for the whole build when any module awaits at the top
// level (each tool page then downloads a file more; vite.config.ts).
import { loadAllElements } from './autoloader.js';

export * from './api.js';

void loadAllElements();
