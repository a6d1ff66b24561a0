// @ts-check
// The pull response written as JSON text around each body's own JSON text from PostgreSQL
// (jsonb output is always valid JSON), so 1,000 bodies are never parsed and re-serialised.

/**
 * @param {import('./records.js').PullResult} result with bodies as JSON text
 * @returns {string} `{ records, checkpoint, more }` (and `erased`, when the person erased) as JSON
 */
export function pullResponseJson(result) {
  const records = result.records.map(
    (record) =>
      `{"kind":${JSON.stringify(record.kind)},"id":${JSON.stringify(record.id)},` +
      `"rev":${JSON.stringify(record.rev)},"seq":${record.seq},"deleted":${record.deleted},` +
      `"body":${record.body ?? 'null'},"updatedAt":${JSON.stringify(record.updatedAt)}}`,
  );
  const erased = result.erased ? `,"erased":${JSON.stringify(result.erased)}` : '';
  return `{"records":[${records.join(',')}],"checkpoint":{"seq":${result.checkpoint.seq}},"more":${result.more}${erased}}`;
}
