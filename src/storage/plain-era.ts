/** Where a store notes, on this device only (never synced), that it keeps its records plain: `SyncedAdapter.keptPlain` and `noteKeptPlain`. */
export interface PlainEraNote {
  noted(): Promise<boolean>;
  note(plain: boolean): Promise<void>;
}

/**
 * The plain era of a store with optional encryption over sync: the time this device kept
 * the person's records plain, by their choice. It is noted before the first plain write
 * can happen, so when another device's passphrase arrives (the person protected their
 * data there), the next unlock here knows that the plain records it finds are the
 * person's own, and seals them; any other plain record in an encrypted store stays
 * unreadable. The note goes once they are sealed.
 */
export class PlainEra {
  /** While the records kept plain are being sealed: they are read as they are meanwhile. */
  sealing = false;
  /** Whether this page noted it (read again after the store changed under it). */
  #noted = false;

  constructor(private readonly store: PlainEraNote) {}

  /** The store has no passphrase: notes the plain era (once per page, while nothing changes). */
  async began(): Promise<void> {
    if (this.#noted) return;
    await this.store.note(true).then(
      () => (this.#noted = true),
      // Reading goes on; the records kept from now on stay plain, as they would anyway.
      (error: unknown) =>
        console.warn('recovery-kit: could not note that the data is kept plain.', error),
    );
  }

  /** At an unlock: whether the plain era was noted and has not ended (its records are then sealed). */
  async toSeal(): Promise<boolean> {
    this.sealing = await this.store.noted();
    return this.sealing;
  }

  /** Every record is sealed: the plain era is over. */
  async ended(): Promise<void> {
    this.sealing = this.#noted = false;
    await this.store.note(false);
  }

  /** A passphrase is set, or the store was erased or replaced: note again when next found plain. */
  forget(): void {
    this.#noted = false;
  }
}
