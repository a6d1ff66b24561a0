import type { AreaSet } from '../../core/life-areas.js';
import { ValidationError, type ValidationProblem } from '../../core/model.js';
import type { RecordEnvelope } from '../../core/record.js';
import { tidyReading, type Reading } from '../../core/reading.js';
import { formatDay } from '../../i18n/date-display.js';
import type { RecordDrafts } from '../controllers/record-drafts.js';
import type { StoreController } from '../controllers/store-controller.js';
import type { RkElement } from '../rk-element.js';
import type { ReadingInProgress } from './reading-in-progress.js';
import type { ShownHistory } from './shown-history.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';

/** What saving and removing readings needs from the star assessment. */
export interface ReadingSavesContext {
  storage: StoreController;
  readings: RecordDrafts<Reading>;
  draft: ReadingInProgress;
  history: ShownHistory;
  strings(): StarAssessmentStrings;
  locale(): string;
  areaSet(): AreaSet;
  emit: RkElement['emit'];
  /** Shows the form's problems and the line saying why it was not saved (empty clears them). */
  showProblems(problems: ValidationProblem[], formError: string): void;
  /** Says `message` in the tool's message line. */
  announce(message: string): void;
  /** Closes the "remove this reading?" confirmation. */
  closeConfirmation(): void;
  /** Focuses the first control matching `selector` once the element has updated. */
  focusFirst(selector: string): Promise<void>;
}

/**
 * Saving the reading being taken and removing saved ones: validation problems go back
 * to the form (focus on the first), storage failures to the save status (which offers a
 * retry) with the reading still on screen, and each success is announced and emitted.
 */
export class ReadingSaves {
  readonly #ctx: ReadingSavesContext;

  constructor(ctx: ReadingSavesContext) {
    this.#ctx = ctx;
  }

  /** Saves the reading being taken. Resolves once saved; on failure the reading stays on screen. */
  async save(): Promise<void> {
    const { draft, storage } = this.#ctx;
    const s = this.#ctx.strings();
    this.#ctx.showProblems([], '');
    if (!draft.rated) {
      this.#ctx.showProblems([], s.rateOneFirst);
      await this.#ctx.focusFirst('input[name="score-0"]');
      return;
    }
    const draftId = draft.id;
    try {
      await storage.save('save-reading', async (store) => {
        const reading = tidyReading(draft.reading);
        const record = await this.#ctx.readings.create(store, reading, draftId);
        this.#saved(record, draftId);
        return record;
      });
    } catch (error) {
      if (error instanceof ValidationError) {
        this.#ctx.showProblems(error.problems, s.fixProblems);
        await this.#ctx.focusFirst('[aria-invalid="true"], #form-error');
      }
      // Storage failures are shown by the save status, which offers a retry; the reading stays.
    }
  }

  /** Removes a saved reading (a tombstone in the store), then focuses the history. */
  async remove(id: string): Promise<void> {
    const { history, readings } = this.#ctx;
    const name = history.entries.find((entry) => entry.id === id)?.name ?? '';
    try {
      await this.#ctx.storage.save('remove-reading', async (store) => {
        const current = readings.item(id);
        if (!current?.record || current.readonly) return;
        await readings.remove(store, current.record);
        this.#ctx.emit('rk-reading-removed', { reading: structuredClone(current.record) });
        this.#ctx.closeConfirmation();
        history.hide(id);
        this.#ctx.announce(this.#ctx.strings().readingRemoved(name));
      });
      await this.#ctx.focusFirst('#history-start');
    } catch {
      // Shown by the save status, with a retry.
    }
  }

  #saved(record: RecordEnvelope<Reading>, draftId: string): void {
    const { draft } = this.#ctx;
    if (draft.id !== draftId) return;
    this.#ctx.emit('rk-reading-saved', { reading: structuredClone(record), created: true });
    this.#ctx.history.showOnly(record.id);
    this.#ctx.announce(
      this.#ctx.strings().readingSaved(formatDay(record.data.takenAt, this.#ctx.locale())),
    );
    draft.clear(this.#ctx.areaSet());
  }
}
