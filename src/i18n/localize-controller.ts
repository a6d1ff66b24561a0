import { stringOverrideInput } from '../elements/host-input.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, findLocale, onLocalesChanged, partDefaultsOf } from './locale-registry.js';
import { directionOf, nearestAttribute, onPageLanguageChanged } from './page-language.js';
import type {
  LocaleContent,
  SectionOverrides,
  StringOverrides,
  StringTable,
  StringValue,
} from './string-table.js';

/** What the localize controller reads from its host (`RkElement` provides all of it). */
export interface LocalizeHost extends ReactiveControllerHost, Element {
  /** The element's `locale` attribute. */
  readonly locale?: string | undefined;
  /** Configuration from `<rk-provider>`, when there is one. */
  readonly rkConfig?: { locale?: string; strings?: SectionOverrides } | undefined;
}

/**
 * Gives an element its strings, resolved in this order (later wins):
 * 1. the element's en-GB defaults (`<name>.strings.ts`), with those its lazily loaded parts
 *    brought (`addPartDefaults()`),
 * 2. the section of the locale in use, from `registerLocale()`,
 * 3. the provider's `strings[section]`,
 * 4. the element's own `.strings` property (passed as `ownStrings`).
 *
 * The locale is the element's `locale` attribute, else the provider's, else the nearest
 * `lang` attribute above the element (across shadow roots), else `<html lang>`, else
 * en-GB. The direction is the nearest `dir` likewise, else the locale's own (an element
 * on a page that says only `lang="ar"` sets `dir="rtl"` on itself). The host re-renders
 * when a locale is registered or `<html lang|dir>` changes; the other sources are
 * reactive properties or context values, so they re-render it already. Read `strings`
 * in `render()`; it is recomputed only when a source changed.
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

  #stopWatchingPage: (() => void) | undefined;
  #setDir = false;

  hostConnected(): void {
    this.#stopListening = onLocalesChanged(() => {
      this.#registryVersion += 1;
      this.host.requestUpdate();
    });
    this.#stopWatchingPage = onPageLanguageChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopWatchingPage?.();
  }

  hostUpdate(): void {
    // Only where nothing above says a direction: a page that gives `dir` is followed by
    // CSS inheritance already, and an author's own `dir` on the element is never touched.
    if (this.host.hasAttribute('dir') && !this.#setDir) return;
    const inherited = nearestAttribute(this.host, 'dir', this.host);
    const wanted = inherited ? undefined : directionOf(this.locale);
    if (wanted === 'rtl') this.host.setAttribute('dir', 'rtl');
    else if (this.#setDir) this.host.removeAttribute('dir');
    this.#setDir = wanted === 'rtl';
  }

  /** The locale in use: see the resolution order above. */
  get locale(): string {
    return (
      this.host.locale ||
      this.host.rkConfig?.locale ||
      nearestAttribute(this.host, 'lang') ||
      DEFAULT_LOCALE
    );
  }

  /** The text direction in use: the nearest `dir` attribute, else the locale's. */
  get dir(): 'ltr' | 'rtl' {
    const given = nearestAttribute(this.host, 'dir');
    if (given === 'rtl' || given === 'ltr') return given;
    return directionOf(this.locale);
  }

  /** The default content (crisis contacts, areas, ideas, prompts) in the locale, if any. */
  get content(): LocaleContent {
    return findLocale(this.locale)?.content ?? {};
  }

  /** The resolved strings for this element's section. */
  get strings(): S {
    const fromProvider = this.host.rkConfig?.strings?.[this.section as keyof SectionOverrides];
    const own = this.ownStrings();
    const key = [this.locale, this.#registryVersion, fromProvider, own];
    if (this.#cached && key.every((part, i) => part === this.#cacheKey[i])) return this.#cached;
    const definition = findLocale(this.locale);
    const merged: Record<string, StringValue> = {
      ...this.defaults,
      ...partDefaultsOf(this.section),
    };
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
