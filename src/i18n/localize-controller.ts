import { stringOverrideInput } from '../elements/host-input.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, findLocale, onLocalesChanged } from './locale-registry.js';
import type {
  SectionOverrides,
  StringOverrides,
  StringTable,
  StringValue,
} from './string-table.js';

/** What the localize controller reads from its host (`RkElement` provides all of it). */
export interface LocalizeHost extends ReactiveControllerHost {
  /** The element's `locale` attribute. */
  readonly locale?: string | undefined;
  /** Configuration from `<rk-provider>`, when there is one. */
  readonly rkConfig?: { locale?: string; strings?: SectionOverrides } | undefined;
}

/**
 * Gives an element its strings, resolved in this order (later wins):
 * 1. the element's en-GB defaults (`<name>.strings.ts`),
 * 2. the section of the locale in use, from `registerLocale()`,
 * 3. the provider's `strings[section]`,
 * 4. the element's own `.strings` property (passed as `ownStrings`).
 *
 * The locale is the element's `locale`, else the provider's, else en-GB. The host
 * re-renders when a locale is registered; the other sources are reactive properties
 * of the host or context values, so they re-render it already. Read `strings` in
 * `render()`; it is recomputed only when a source changed.
 *
 * ```ts
 * private readonly t = new LocalizeController(this, 'goal-tracker', goalTrackerStrings, () => this.strings);
 * render() { const s = this.t.strings; return html`<p>${s.steps(3)}</p>`; }
 * ```
 */
export class LocalizeController<S extends StringTable> implements ReactiveController {
  #cached: S | undefined;
  #cacheKey: unknown[] = [];
  #stopListening: (() => void) | undefined;
  #registryVersion = 0;

  constructor(
    private readonly host: LocalizeHost,
    /** The section name used by the provider and by `registerLocale()`. */
    readonly section: string,
    private readonly defaults: S,
    private readonly ownStrings: () => StringOverrides<S> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening = onLocalesChanged(() => {
      this.#registryVersion += 1;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopListening?.();
  }

  /** The locale in use (`en-GB` unless the element or provider says otherwise). */
  get locale(): string {
    return this.host.locale || this.host.rkConfig?.locale || DEFAULT_LOCALE;
  }

  /** The resolved strings for this element's section. */
  get strings(): S {
    const fromProvider = this.host.rkConfig?.strings?.[this.section as keyof SectionOverrides];
    const own = this.ownStrings();
    const key = [this.locale, this.#registryVersion, fromProvider, own];
    if (this.#cached && key.every((part, i) => part === this.#cacheKey[i])) return this.#cached;
    const definition = findLocale(this.locale);
    const merged: Record<string, StringValue> = { ...this.defaults };
    for (const layer of [definition?.[this.section as keyof SectionOverrides], fromProvider, own]) {
      for (const [name, value] of Object.entries(layer ?? {})) {
        const checked = stringOverrideInput(
          value,
          merged[name],
          `string "${name}" of ${this.section}`,
        );
        if (checked !== undefined) merged[name] = checked as StringValue;
      }
    }
    const transform = definition?.transform;
    if (transform) {
      for (const [name, value] of Object.entries(merged)) {
        merged[name] =
          typeof value === 'function'
            ? (...args: never[]) => transform(value(...args))
            : transform(value);
      }
    }
    this.#cacheKey = key;
    this.#cached = merged as S;
    return this.#cached;
  }
}
