import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { RecordStore } from '../storage/record-store.js';
import { partsLoadingFor } from './lazy-part.js';
import { RkElement } from './rk-element.js';

/** The heading level used when `heading-level` is missing or not a whole number from 1 to 6. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The base class of the four tools: an `RkElement` that keeps the person's data, can be
 * shown read-only and has headings at a level the host chooses.
 *
 * A tool is built from the shared pieces like this:
 * - `static override styles = [RkElement.styles, toolStyles, myStyles]` (tokens, shared
 *   and tool styles first; read colours and spaces as `var(--_rk-*)`, see
 *   `src/styles/tokens.ts`).
 * - `new StoreController(this, { onReady, onChange })` for the store; write through its
 *   `save(label, operation)` so the save status and `rk-storage-error` just work.
 * - `new LocalizeController(this, '<name>', <name>Strings, () => this.strings)` with the
 *   en-GB strings in `<name>.strings.ts` (which adds its section to `RkStringSections`),
 *   plus one for `'common'` (`commonStrings`) for shared words and `validationMessage()`.
 * - `toolHeader(this, { title, storage })` first in `render()`; the tool's `define.ts`
 *   imports `../crisis-help/define.js` and `../save-status/define.js`. Section headings
 *   through `renderHeading(this, text, 1)` (`heading.ts`), at the element's level.
 * - Fields through `textField()` / `textAreaField()` / `selectField()` (`form-field.ts`);
 *   host- or person-supplied links through `safeHref()`.
 * - Events declared in `src/events/<tool>-events.ts` (pattern in `rk-event.ts`) and fired
 *   with `this.emit()` after the write succeeded.
 */
export class RkTool extends RkElement {
  static override properties: PropertyDeclarations = {
    readonly: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    namespace: {},
    store: { attribute: false },
  };

  /** Shows the content without any way to change it. */
  readonly = false;

  /**
   * The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: string;

  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RecordStore;

  #validHeadingLevel = DEFAULT_HEADING_LEVEL;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) {
      const level = this.headingLevel;
      const valid = Number.isInteger(level) && level >= 1 && level <= 6;
      if (!valid) {
        console.warn(
          `recovery-kit: <${this.localName}> heading-level must be a whole number from 1 to 6, not "${level}"; using ${DEFAULT_HEADING_LEVEL}.`,
        );
      }
      this.#validHeadingLevel = valid ? level : DEFAULT_HEADING_LEVEL;
    }
  }

  /**
   * Also waits for the parts of the view loaded later (see `LazyPart`) that the last
   * render asked for, and for the render they bring: `await el.updateComplete` means
   * what is on screen is complete.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loads = partsLoadingFor(this); loads.length; loads = partsLoadingFor(this)) {
      await Promise.all(loads);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The heading level in use (the valid `heading-level`, else 2). */
  get effectiveHeadingLevel(): number {
    return this.#validHeadingLevel;
  }
}
