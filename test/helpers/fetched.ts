/**
 * True when this page has fetched a module whose URL contains `path`, from its resource
 * timing (each module the browser requested is listed). A test file runs in a page of its
 * own, so a first view can be checked for what it did not download.
 */
export function fetched(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
}
