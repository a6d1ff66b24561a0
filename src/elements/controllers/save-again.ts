import type { RecordModel } from '../../core/model.js';
import { isStorageError } from '../../storage/storage-error.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { StoreController } from './store-controller.js';

/**
 * The store was lost under the page (a `lost` change): writes back every readable
 * record a tool shows, with its id and creation time, each through the save status (a
 * failure offers "Try again"). One that is there already (another tab wrote it back
 * first, or nothing was really lost) is left as it is. For tools that show records
 * without `RecordDrafts`, which does this itself.
 */
export async function saveShownAgain<T>(
  storage: StoreController,
  model: RecordModel<T>,
  items: readonly StoredItem<T>[],
): Promise<void> {
  const writes = items
    .filter((item) => item.status === 'ok' && item.record)
    .map(({ id, record }) =>
      storage.save(
        `save-again-${model.kind}`,
        (store) =>
          store
            .collection(model)
            .create(record!.data, { id, createdAt: record!.createdAt })
            .catch((error: unknown) => {
              if (!isStorageError(error) || error.code !== 'conflict') throw error;
            }),
        id,
      ),
    );
  await Promise.allSettled(writes);
}
