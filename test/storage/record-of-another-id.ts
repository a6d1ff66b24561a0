/**
 * A whole, readable record whose id is `moved`: written under any other id (a row copied
 * or moved by hand), every adapter must report it as corrupt, never as that record.
 */
export const recordOfAnotherId = {
  id: 'moved',
  kind: 'note',
  schemaVersion: 1,
  rev: '1-a',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  data: { text: 'moved', day: '2026-01-01' },
};
