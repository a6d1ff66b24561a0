import { readingModel, validateReading, type Reading } from '../../core/reading.js';
import { RecordDrafts } from '../controllers/record-drafts.js';
import type { StoreController } from '../controllers/store-controller.js';

/**
 * The saved readings of a star assessment on the editing core: each save is one put,
 * shown at once; its echo costs nothing; a reading changed or removed elsewhere is read
 * by id; an edit of a saved reading that meets a change made elsewhere merges by life
 * area (`mergeReadings`, loaded then).
 */
export function savedReadings(
  host: ConstructorParameters<typeof RecordDrafts>[0],
  storage: StoreController,
): RecordDrafts<Reading> {
  return new RecordDrafts<Reading>(host, storage, {
    model: readingModel,
    slot: 'reading:',
    loadMerge: () =>
      import('../../core/reading-merge.js').then(({ mergeReadings }) => (base, mine, theirs) => {
        const { reading, keptBoth } = mergeReadings(base, mine, theirs);
        return { data: reading, keptBoth };
      }),
    valid: (reading) => validateReading(reading).length === 0,
    onChanged: () => host.requestUpdate(),
  });
}
