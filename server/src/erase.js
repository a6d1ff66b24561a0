// @ts-check
// Erasing a person's records on the server (UK GDPR art. 17), and the erase marker that tells
// their other devices. Like every query, these run as one person under row-level security.
import { CHANGES_CHANNEL } from './records.js';

/**
 * @typedef {{ seq: number, at: string }} EraseMarker the sequence number the last erase took, and when
 * @typedef {import('pg').PoolClient} PoolClient
 */

/**
 * Deletes every record of the person (the rows go, bodies and tombstones alike) and moves
 * their clock on by one, which becomes the erase marker. Holds the clock's row lock, so no
 * push of the person commits between the delete and the marker.
 * @param {PoolClient} client in a transaction begun by beginAsOwner
 * @returns {Promise<{ erased: EraseMarker, removed: number }>}
 */
export async function eraseRecords(client) {
  await client.query(
    `INSERT INTO owner_clock (seq) VALUES (0)
     ON CONFLICT (owner) DO UPDATE SET seq = owner_clock.seq`,
  );
  const removed = await client.query('DELETE FROM records');
  const { rows } = await client.query(
    `UPDATE owner_clock SET seq = seq + 1, erased_seq = seq + 1, erased_at = now()
     RETURNING erased_seq, erased_at,
       pg_notify($1, json_build_object('owner', owner, 'seq', seq + 1)::text)`,
    [CHANGES_CHANNEL],
  );
  return { erased: toMarker(rows[0]), removed: removed.rowCount ?? 0 };
}

/**
 * The person's erase marker, if they ever erased. `lock` takes the clock's row lock, so an
 * erase cannot commit before the rest of the transaction (a push checks under it).
 * @param {PoolClient} client in a transaction begun by beginAsOwner
 * @param {boolean} [lock]
 * @returns {Promise<EraseMarker | undefined>}
 */
export async function eraseMarker(client, lock = false) {
  const { rows } = await client.query(
    `SELECT erased_seq, erased_at FROM owner_clock WHERE erased_seq IS NOT NULL
     ${lock ? 'FOR UPDATE' : ''}`,
  );
  return rows.length > 0 ? toMarker(rows[0]) : undefined;
}

/**
 * A pull or push answer's JSON text with the marker added (answers of a person who never
 * erased stay as they were).
 * @param {string} json an object's JSON text
 * @param {EraseMarker | undefined} marker
 */
export function withMarker(json, marker) {
  if (!marker) return json;
  return `${json.slice(0, -1)},"erased":${JSON.stringify(marker)}}`;
}

/** @param {any} row */
function toMarker(row) {
  return { seq: Number(row.erased_seq), at: row.erased_at.toISOString() };
}
