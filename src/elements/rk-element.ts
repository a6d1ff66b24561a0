import { ContextConsumer } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { createRkEvent, type RkEventName } from '../events/rk-event.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { tokens } from '../styles/tokens.js';
import { rkConfigContext, type RkConfig } from './context.js';

/** The colour theme of an element or provider; see `src/styles/tokens.ts`. */
export type RkTheme = 'light' | 'dark' | 'auto';

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
 * The base class of every recovery-kit element: the words' locale, the colour theme, the
 * configuration of an enclosing `<rk-provider>` and typed events. Small on purpose, as
 * the small elements (crisis help, save status) are on every page; the four tools build
 * on `RkTool` (`rk-tool.ts`), which adds storage, read-only and headings.
 */
export class RkElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, sharedStyles];

  static override properties: PropertyDeclarations = {
    locale: {},
    theme: { reflect: true },
  };

  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: string;

  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkTheme;

  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig: RkConfig | undefined;

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

  /**
   * Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   */
  emit<K extends RkEventName>(type: K, detail: RkEventDetailMap[K]): boolean {
    return this.dispatchEvent(createRkEvent(type, detail));
  }
}
