import type { RecordEnvelope } from '../../core/record.js';
import type { StoredItem } from '../../storage/stored-item.js';

/** A record just written here, as a shown item (trusted: it passed validation to be written). */
export function writtenItem<T>(record: RecordEnvelope<T>): StoredItem<T> {
  return { id: record.id, status: 'ok', record, problems: [], readonly: false };
}

/** `list` with `item` in place of the item of the same id, or added at the end. */
export function withItem<T>(list: StoredItem<T>[], item: StoredItem<T>): StoredItem<T>[] {
  return list.some((each) => each.id === item.id)
    ? list.map((each) => (each.id === item.id ? item : each))
    : [...list, item];
}
