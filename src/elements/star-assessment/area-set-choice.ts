import {
  checkAreaSet,
  DEFAULT_AREA_SET,
  type AreaSet,
  type AreaSetCheck,
  type AreaSetInput,
} from '../../core/life-areas.js';

/**
 * The `areas` a host gave the star assessment, checked: the set in use is the host's
 * when it is valid, the default (in the locale's words) when the host gave none, and
 * the default with a message in place of the tool when the host's set has problems.
 */
export class AreaSetChoice {
  #given: AreaSetInput = DEFAULT_AREA_SET;
  #check: AreaSetCheck = checkAreaSet(DEFAULT_AREA_SET);

  /** The check of the host's set: `ok`, or the problems to show instead of the tool. */
  get check(): AreaSetCheck {
    return this.#check;
  }

  /** The set in use; `localized` is the locale's version of the default set, if any. */
  inUse(localized: AreaSet | undefined): AreaSet {
    if (this.#given === DEFAULT_AREA_SET) return localized ?? DEFAULT_AREA_SET;
    return this.#check.ok ? this.#check.set : DEFAULT_AREA_SET;
  }

  /**
   * Checks new `areas` (warning once when they cannot be used). Returns the new set when
   * it is valid and not the one `previous` was, so the reading being taken moves to it.
   */
  choose(areas: AreaSetInput, previous: AreaSet): AreaSet | undefined {
    this.#given = areas;
    this.#check = checkAreaSet(areas);
    if (!this.#check.ok) {
      console.warn(
        'recovery-kit: <rk-star-assessment> cannot use the `areas` it was given:',
        this.#check.problems,
      );
      return undefined;
    }
    return this.#check.set.id === previous.id ? undefined : this.#check.set;
  }
}
