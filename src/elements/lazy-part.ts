import { ReactiveElement, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';
import type { CommonStrings } from '../i18n/common.strings.js';

/** Told when a lazy part has arrived or could not be loaded: render again. */
type Settled = (failed: boolean) => void;

/** What a part's module may export besides its views. */
interface PartStyles {
  styles?: CSSResultOrNative;
}

/** The loads each element is waiting for (see {@link partsLoadingFor}). */
const loadingFor = new WeakMap<object, Set<Promise<void>>>();

/**
 * The loads of lazy parts `waiter` asked for that have not settled yet: an element's
 * `updateComplete` waits for them (see `RkTool`), so it means "rendered", parts included.
 */
export function partsLoadingFor(waiter: object): Promise<void>[] {
  return [...(loadingFor.get(waiter) ?? [])];
}

/**
 * A part of a tool's view kept in a chunk of its own (a dynamic `import()`), loaded the
 * first time it is needed rather than with the tool: what shows saved records (a list, a
 * history, a look back), which a first visit with nothing saved never shows, and what
 * opens on request (a goal's editor). Saving never waits for one.
 *
 * `get()` gives the module once it has loaded; until then it starts loading (once per
 * page) and calls back each element that asked when it settles. A chunk that failed to
 * load stays failed until the page is reloaded (browsers keep the failure in their module
 * map), so it is not asked for again; the element says so, and that reloading tries again.
 *
 * A part's module may export `styles`: each element given the module adopts them into
 * its shadow root first (once), so the part's styles come with it rather than with the
 * tool.
 */
export class LazyPart<Module extends object> {
  #module: Module | undefined;
  #failed = false;
  /** The load, once asked for; it settles after the waiting elements were called back. */
  #loading: Promise<void> | undefined;
  /** The elements waiting for this part, each with what to do when it settles. */
  readonly #waiting = new Map<object, Settled>();
  /** The elements that adopted the part's styles. */
  readonly #styled = new WeakSet<object>();

  constructor(
    private readonly load: () => Promise<Module>,
    /** What the part is, for the console when it cannot be loaded ("the goal editor"). */
    private readonly what: string,
  ) {}

  /** The part's module if it has loaded (without asking for it). */
  get loaded(): Module | undefined {
    return this.#module;
  }

  /** True once the part could not be loaded. */
  get failed(): boolean {
    return this.#failed;
  }

  /** What to say in the part's place until it arrives, or once it could not be loaded. */
  waitingNote(common: Pick<CommonStrings, 'partLoading' | 'partFailed'>): string {
    return this.#failed ? common.partFailed : common.partLoading;
  }

  /**
   * The part's module if it has loaded; else undefined, and `settled` is called (once,
   * for `waiter`) when it arrives or fails.
   */
  get(waiter: object, settled: Settled): Module | undefined {
    if (this.#module) this.#adoptStyles(waiter, (this.#module as PartStyles).styles);
    if (this.#module || this.#failed) return this.#module;
    this.#waiting.set(waiter, settled);
    this.#loading ??= this.load().then(
      (module) => this.#settle(module),
      (error: unknown) => {
        console.warn(`recovery-kit: ${this.what} could not be loaded.`, error);
        this.#settle(undefined);
      },
    );
    let loads = loadingFor.get(waiter);
    if (!loads) loadingFor.set(waiter, (loads = new Set()));
    loads.add(this.#loading);
    return undefined;
  }

  #adoptStyles(waiter: object, styles: CSSResultOrNative | undefined): void {
    if (!styles || this.#styled.has(waiter) || !(waiter instanceof ReactiveElement)) return;
    const root = waiter.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    this.#styled.add(waiter);
    const sheet = styles instanceof CSSStyleSheet ? styles : styles.styleSheet;
    if (supportsAdoptingStyleSheets && sheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else {
      // As Lit does without adoptable sheets: a style element (which a strict CSP refuses).
      const style = document.createElement('style');
      style.textContent = String(styles);
      root.append(style);
    }
  }

  #settle(module: Module | undefined): void {
    this.#module = module;
    this.#failed = !module;
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const [waiter, settled] of waiting) {
      loadingFor.get(waiter)?.delete(this.#loading!);
      settled(this.#failed);
    }
  }
}
