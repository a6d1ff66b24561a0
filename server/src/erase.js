// @ts-check
// Erasing a person's records on the server (UK GDPR art. 17), and the erase marker that tells
// their other devices. Like every query, these run as one person under row-level security.
import { CHANGES_CHANNEL, LOCK_CLOCK, markerOf } from './records.js';

/**
 * @typedef {import('./records.js').EraseMarker} EraseMarker
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
  await client.query(LOCK_CLOCK);
  const removed = await client.query('DELETE FROM records');
  const { rows } = await client.query(
    `UPDATE owner_clock SET seq = seq + 1, erased_seq = seq + 1, erased_at = now()
     RETURNING erased_seq, erased_at,
       pg_notify($1, json_build_object('owner', owner, 'seq', seq + 1)::text)`,
    [CHANGES_CHANNEL],
  );
  return { erased: /** @type {EraseMarker} */ (markerOf(rows[0])), removed: removed.rowCount ?? 0 };
}
