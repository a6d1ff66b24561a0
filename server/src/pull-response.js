// @ts-check
// The pull response written as JSON text around the records' JSON text from PostgreSQL
// (see pullAsOwner), so 1,000 records are never parsed and re-serialised.

/**
 * @param {import('./records.js').PullResult} result
 * @returns {string} `{ records, checkpoint, more }` (and `erased`, when the person erased) as JSON
 */
export function pullResponseJson(result) {
  const erased = result.erased ? `,"erased":${JSON.stringify(result.erased)}` : '';
  return `{"records":[${result.records}],"checkpoint":{"seq":${result.checkpoint.seq}},"more":${result.more}${erased}}`;
}
