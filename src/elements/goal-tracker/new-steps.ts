import type { StoreController } from '../controllers/store-controller.js';

/** The leave-journal slot prefix of steps typed and not yet added. */
const SLOT = 'goal-step:';

/**
 * Steps typed and not yet added, one per goal: kept in the leave journal as they are
 * typed (they wait for the person to press "Add"), so closing the page loses nothing.
 */
export class NewSteps {
  readonly #typed = new Map<string, string>();
  readonly #storage: StoreController;

  constructor(storage: StoreController) {
    this.#storage = storage;
  }

  /** The step typed for goal `id`, or ''. */
  get(id: string): string {
    return this.#typed.get(id) ?? '';
  }

  /** Keeps a step as it is typed ('' once added or emptied). */
  keep(id: string, text: string): void {
    const slot = SLOT + id;
    if (text) {
      this.#typed.set(id, text);
      this.#storage.typing.keep(slot, text, { wait: 'person' });
    } else {
      this.#typed.delete(id);
      this.#storage.typing.committed(slot);
    }
  }

  /** Brings back steps left from an earlier visit for goals still shown; returns their goal ids. */
  async restore(shown: (id: string) => boolean): Promise<string[]> {
    const restored: string[] = [];
    for (const kept of await this.#storage.typing.left<string>(SLOT)) {
      const id = kept.slot.slice(SLOT.length);
      this.#storage.typing.settle(kept);
      if (shown(id) && !this.#typed.has(id)) {
        this.keep(id, kept.value);
        restored.push(id);
      }
    }
    return restored;
  }

  /** Everything was erased: no step stays typed (the journal was cleared by the store). */
  erased(): void {
    this.#typed.clear();
  }
}
