// @ts-check
// The shapes of requests, checked by fastify (ajv) before a handler runs: a request that does
// not fit gets 400 and touches nothing.

/** The most records one push may carry. */
export const MAX_PUSH = 100;
/** The most records one pull returns. */
export const MAX_PULL = 1000;

export const pullQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    since: { type: 'integer', minimum: 0, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PULL, default: 500 },
  },
};

const text = (/** @type {number} */ maxLength) => ({ type: 'string', minLength: 1, maxLength });

export const pushBody = {
  type: 'object',
  required: ['records'],
  additionalProperties: false,
  properties: {
    records: {
      type: 'array',
      maxItems: MAX_PUSH,
      items: {
        type: 'object',
        required: ['kind', 'id', 'rev'],
        additionalProperties: false,
        properties: {
          // Kinds such as `goal`, and the library's own `rk:keys` (an encrypted store's wrapped key).
          kind: { type: 'string', pattern: '^[a-z][a-z0-9:-]{0,39}$' },
          id: text(200),
          expectedRev: { anyOf: [text(200), { type: 'null' }] },
          rev: text(200),
          deleted: { type: 'boolean' },
          body: {},
        },
      },
    },
    // The erase marker the device has seen (`seq`; 0 for none). A device that names an older
    // one than the server's is refused (409) until it has erased its own copy too.
    erased: { type: 'integer', minimum: 0 },
  },
};
