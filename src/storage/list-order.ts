import { orderKeyOf } from '../core/record.js';
import { StorageError } from './storage-error.js';
import {
  isCorrupt,
  type ListOptions,
  type ListPage,
  type StoredRecord,
} from './storage-adapter.js';

/** Where a record sits in a list: its order key, then its id. */
export type ListPosition = [orderKey: string, id: string];

/** The list position of a stored record; unreadable records sort first. */
export function positionOf(record: StoredRecord): ListPosition {
  return [isCorrupt(record) ? '' : orderKeyOf(record), record.id];
}

/** Turns the last position of a page into the opaque cursor for the next page. */
export function encodeCursor(position: ListPosition): string {
  return JSON.stringify(position);
}

/** Reads a cursor made by {@link encodeCursor}; rejects anything else. */
export function decodeCursor(cursor: string): ListPosition {
  try {
    const position: unknown = JSON.parse(cursor);
    if (
      Array.isArray(position) &&
      position.length === 2 &&
      position.every((part) => typeof part === 'string')
    ) {
      return position as ListPosition;
    }
  } catch {
    // reported below
  }
  throw unknownCursor();
}

/** The error for a list cursor this adapter did not make. */
export function unknownCursor(): StorageError {
  return new StorageError('not-found', 'The list cursor is not one this store made.');
}

function comparePositions(a: ListPosition, b: ListPosition): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/**
 * One page of `records` (all of one kind) in list order, for adapters that hold a
 * whole kind in memory at once. Tombstones are left out unless asked for.
 */
export function pageOf(records: StoredRecord[], options: ListOptions = {}): ListPage {
  const sign = options.direction === 'desc' ? -1 : 1;
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const positioned = records
    .filter((record) => options.includeDeleted || isCorrupt(record) || !record.deleted)
    .map((record) => ({ record, position: positionOf(record) }))
    .filter((entry) => !after || sign * comparePositions(entry.position, after) > 0)
    .sort((a, b) => sign * comparePositions(a.position, b.position));
  const limit = options.limit ?? positioned.length;
  const page = positioned.slice(0, limit);
  const last = page[page.length - 1];
  return {
    records: page.map((entry) => entry.record),
    cursor: positioned.length > limit && last ? encodeCursor(last.position) : undefined,
  };
}
