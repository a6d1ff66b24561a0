import { ContextConsumer } from '@lit/context';
import {
  LitElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { createRkEvent, type RkEventName } from '../events/rk-event.js';
import type { RecordStore } from '../storage/record-store.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { tokens } from '../styles/tokens.js';
import { rkConfigContext, type RkConfig } from './context.js';

/** The colour theme of an element or provider; see `src/styles/tokens.ts`. */
export type RkTheme = 'light' | 'dark' | 'auto';

/** The heading level used when `heading-level` is missing or not a whole number from 1 to 6. */
export const DEFAULT_HEADING_LEVEL = 2;

type ConfigConsumer = ContextConsumer<typeof rkConfigContext, RkElement>;

/** Connected elements whose request for a provider's configuration nobody answered. */
const waitingForProvider = new Set<ConfigConsumer>();
let listeningForProviders = false;

/**
 * Keeps `consumer` asking until a provider answers: a provider announces itself with a
 * `context-provider` event when it connects, so one defined (upgraded) after its
 * children still reaches them. (What `ContextRoot` does for every context, for ours.)
 */
function waitForProvider(consumer: ConfigConsumer): void {
  waitingForProvider.add(consumer);
  if (listeningForProviders) return;
  listeningForProviders = true;
  document.documentElement.addEventListener('context-provider', (event) => {
    if (event.context !== rkConfigContext) return;
    for (const waiting of [...waitingForProvider]) waiting.hostConnected();
  });
}

/**
 * The base class of every recovery-kit element. Small on purpose: behaviour lives in
 * controllers (`StoreController`, `LocalizeController`); this class holds the inputs
 * every element shares, the provider's configuration, typed events and the heading level.
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
export class RkElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, sharedStyles];

  static override properties: PropertyDeclarations = {
    readonly: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    namespace: {},
    locale: {},
    theme: { reflect: true },
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

  /** BCP 47 locale for the element's words. Default: the provider's, else en-GB. */
  locale?: string;

  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkTheme;

  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RecordStore;

  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig: RkConfig | undefined;

  #validHeadingLevel = DEFAULT_HEADING_LEVEL;

  readonly #configConsumer: ConfigConsumer = new ContextConsumer(this, {
    context: rkConfigContext,
    subscribe: true,
    callback: (config) => {
      waitingForProvider.delete(this.#configConsumer);
      this.rkConfig = config;
      this.requestUpdate();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.rkConfig) waitForProvider(this.#configConsumer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    waitingForProvider.delete(this.#configConsumer);
  }

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

  /** The heading level in use (the valid `heading-level`, else 2). */
  get effectiveHeadingLevel(): number {
    return this.#validHeadingLevel;
  }

  /**
   * Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   */
  emit<K extends RkEventName>(type: K, detail: RkEventDetailMap[K]): boolean {
    return this.dispatchEvent(createRkEvent(type, detail));
  }
}
