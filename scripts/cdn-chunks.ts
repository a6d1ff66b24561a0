// Which modules of the script-tag build (vite build --mode cdn) go to its one `shared` chunk.
//
// A page with one tool downloads recovery-kit.js, the tool's chunk and every chunk those
// import statically, each file whole. A module that two or more tools import statically
// (Lit, the base classes, the store, crisis help, the save status, the chart controller)
// goes to `shared`; a module only one tool needs (the life areas: the star assessment)
// stays with that tool, and one no tool needs (the autoloader, the API file's adapters) is
// left to the bundler, so a page that loads recovery-kit.js with no tool on it downloads
// about 1 KB instead of the 30 KB shared chunk.
//
// A package's index that only re-exports (@lit/context's) is not followed: every tool
// imports ContextConsumer through it, and following it would put ContextProvider (only
// <rk-provider> uses it) in the shared chunk; the bundler brings in what is really used.
//
// Measured on 3 December 2026 (gzip -9 of each page's files): chunks for each set of tools
// (so the plan's page skips the chart controller) weighed more than one shared chunk on
// every tool page - gzip does better on one file than on several small ones.

/** What the bundler tells a code-splitting `name` function about one module. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; code?: string | null } | null;
}

/** The tools, by element folder (the pages `bench/sizes.mjs` budgets). */
export const TOOL_FOLDERS = [
  'goal-tracker',
  'star-assessment',
  'staying-well-plan',
  'hope-journal',
];

/** True for a module that only re-exports others (a package's index, such as @lit/context's). */
function isBarrel(code: string | null | undefined): boolean {
  const statements = code?.replace(/\/\/.*$/gm, '').trim();
  return (
    !!statements && /^(export\s*(\*|\{[^}]*\})\s*from\s*["'][^"']+["'];?\s*)+$/.test(statements)
  );
}

/** Every module `start` imports statically, transitively, `start` included. */
function staticClosure(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    if (info && !isBarrel(info.code)) info.importedIds.forEach(visit);
  };
  visit(start);
  return seen;
}

/**
 * A `name` function for a rolldown code-splitting group: `shared` for a module two or more
 * tools import statically, else null (the bundler's own chunking). `toolDefine(folder)` is
 * the id of a tool's define module. The module graph is read on the first call.
 */
export function sharedChunkName(
  toolDefine: (folder: string) => string,
): (id: string, graph: ModuleGraph) => 'shared' | null {
  let shared: Set<string> | undefined;
  const find = (graph: ModuleGraph): Set<string> => {
    const seenOnce = new Set<string>();
    const found = new Set<string>();
    for (const folder of TOOL_FOLDERS) {
      for (const id of staticClosure(graph, toolDefine(folder))) {
        if (seenOnce.has(id)) found.add(id);
        seenOnce.add(id);
      }
    }
    return found;
  };
  return (id, graph) => {
    shared ??= find(graph);
    return shared.has(id) ? 'shared' : null;
  };
}
