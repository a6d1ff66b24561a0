import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { syncLinkOf } from '../../storage/synced-stores.js';
import { toolStyles } from '../../styles/tool-styles.js';
import { RkElement } from '../rk-element.js';
import { providedLockable } from './encrypted-store.js';
import { IdleLock } from './idle-lock.js';
import { LockWatch } from './lock-watch.js';
import { focusAfterUpdate } from './focus-after-update.js';
import { renderBar, renderLockScreen, type LockScreen, type LockView } from './lock-screens.js';
import { submitScreen } from './lock-submit.js';
import { lockStrings, type LockStrings } from './lock.strings.js';
import { lockStyles } from './lock.styles.js';
import type { LockableAdapter } from './lockable-adapter.js';
import { OtherDevices } from './other-devices.js';
import type { LockedDetail } from '../../events/lock-events.js';

export type { LockableAdapter } from './lockable-adapter.js';

/** Minutes without activity before the data locks itself, when `lock-after` is not set. */
export const DEFAULT_LOCK_AFTER = 15;

/**
 * Puts what is inside it behind one calm unlock screen for an `EncryptedAdapter`. The
 * first time it asks for a passphrase (with a strength hint, never rules) and shows the
 * recovery code once, to be confirmed; after that it asks for the passphrase, or the
 * recovery code and a new passphrase. "Lock now" is always one step away; it locks by
 * itself after `lock-after` minutes without activity, and every tab locks together. It
 * says plainly that nobody can open the data without the passphrase or the recovery
 * code, and shows the crisis help link on every screen.
 *
 * `<rk-provider encryption="passphrase">` puts one around its content by itself. With
 * `encryption="optional"` (an `OptionalEncryptionAdapter`) a store without a passphrase
 * is shown as it is, with "Protect with a passphrase" above it; once protected, "Stop
 * protecting with a passphrase" asks for the passphrase and makes the store plain again.
 * Over a synced store whose other devices set another passphrase before they first
 * synced, it says so and offers to use theirs here (`EncryptedAdapter.joinOtherDevices`).
 *
 * @summary Unlock screen for encrypted data: passphrase, recovery code, "Lock now" and locking when idle.
 * @slot - What the lock protects (the tools). It is not shown while locked.
 * @fires rk-unlocked - The data was unlocked. `detail: {}`.
 * @fires rk-locked - The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`.
 * @fires rk-protection-changed - The person turned the passphrase on or off. `detail: { protected: boolean }`.
 * @csspart screen - The unlock screen (every step of it).
 * @csspart heading - The screen's heading.
 * @csspart warning - The plain words about nobody else being able to open the data.
 * @csspart field - A field; `label`, `hint`, `field-error` and `control` are its pieces.
 * @csspart strength - The strength hint for a new passphrase.
 * @csspart code - The recovery code, shown once.
 * @csspart submit - The screen's main button.
 * @csspart forgot - "Forgotten your passphrase?".
 * @csspart back - Back from the recovery code to the passphrase.
 * @csspart bar - The row with "Lock now" above the content.
 * @csspart lock-now - The "Lock now" button.
 * @csspart protect - "Protect with a passphrase", above a plain store the person may protect.
 * @csspart stop-protecting - "Stop protecting with a passphrase".
 * @csspart cancel - "Not now" or "Keep it protected": back to the content, nothing changed.
 * @csspart other-devices - The notice that the person's other devices have another passphrase (before they first synced, each device set its own), with "Use the passphrase of my other devices" (`join`).
 * @csspart join - The button that opens the screen asking for the other devices' passphrase.
 * @csspart content - The wrapper of the slotted content.
 * @cssprop --rk-color-surface-raised - Background of the unlock screen.
 * @cssprop --rk-color-notice - The edge of the plain warning.
 */
export class RkLock extends RkElement {
  static override styles = [RkElement.styles, toolStyles, lockStyles];

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    lockAfter: { attribute: 'lock-after', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    strings: { attribute: false },
    screen: { state: true, attribute: false },
    unlocked: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    values: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    codeKept: { state: true, attribute: false },
    protectedNow: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
   * is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
   * namespace and storage.
   */
  adapter?: LockableAdapter;

  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  lockAfter = DEFAULT_LOCK_AFTER;

  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  headingLevel = 2;

  /** Overrides for any of the element's words. */
  strings?: StringOverrides<LockStrings>;

  private screen: LockScreen = 'checking';
  private unlocked = false;
  private busy = false;
  private values: Record<string, string> = {};
  private problem: LockView['problem'];
  private codeKept = false;
  /** Whether a passphrase is set (false only for a plain store the person may protect). */
  private protectedNow = true;
  private announcement = '';
  /** The recovery code just made, shown once. */
  #recoveryCode: string | undefined;

  readonly #t = new LocalizeController(this, 'lock', lockStrings, () => this.strings);
  readonly #idle = new IdleLock(
    this,
    () => this.lockAfter,
    () => this.unlocked,
    () => this.#lock('idle'),
  );
  readonly #otherDevices = new OtherDevices(this, () => this.unlocked);
  readonly #lockState = new LockWatch(this, {
    locked: (reason) => this.#showLocked(reason),
    // Unlocked by the host's own code (not through these screens).
    unlocked: () => {
      if (!this.busy && !this.unlocked && this.screen !== 'code') this.#opened();
    },
  });

  /** The heading level in use. */
  get effectiveHeadingLevel(): number {
    const level = this.headingLevel;
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  }

  /** Locks now, here and in every other tab ("Lock now"). */
  lock(): void {
    this.#lock('asked');
  }

  #lock(reason: LockedDetail['reason']): void {
    if (!this.unlocked) return;
    this.#lockState.lock(reason);
    this.#showLocked(reason);
  }

  /** The adapter in use: `.adapter`, else the provider's (see `adapter`). */
  get effectiveAdapter(): LockableAdapter | undefined {
    return this.adapter ?? providedLockable(this.rkConfig);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const adapter = this.effectiveAdapter;
    if (this.#lockState.follow(adapter)) this.#watch(adapter);
    if (changed.has('lockAfter') || changed.has('unlocked')) this.#idle.restart();
  }

  /** A new adapter is in use: show what its state asks for. */
  #watch(adapter: LockableAdapter): void {
    // What a sync round brings may show that the other devices have another passphrase.
    this.#otherDevices.watch(adapter, syncLinkOf(this.rkConfig?.store));
    this.unlocked = !adapter.isLocked();
    if (this.unlocked) {
      void adapter.hasPassphrase().then((has) => (this.protectedNow = has));
      void this.#otherDevices.check();
      return;
    }
    this.screen = 'checking';
    void adapter.hasPassphrase().then(
      (has) => this.#showFor(has),
      () => this.#show('unlock'),
    );
  }

  /** The screen for a locked adapter: unlock, a first passphrase, or (optional) the plain content. */
  #showFor(hasPassphrase: boolean): void {
    this.protectedNow = hasPassphrase;
    if (!hasPassphrase && this.#lockState.adapter?.optional) {
      this.unlocked = true;
      return;
    }
    this.#show(hasPassphrase ? 'unlock' : 'create');
  }

  #act(action: 'lock' | 'protect' | 'stop' | 'join'): void {
    if (action === 'lock') return this.lock();
    this.unlocked = false;
    this.values = {};
    this.#show(action === 'protect' ? 'create' : action === 'stop' ? 'remove' : 'join');
  }

  #cancel(): void {
    this.values = {};
    this.problem = undefined;
    this.unlocked = true;
    focusAfterUpdate(this, `[part~="${this.protectedNow ? 'stop-protecting' : 'protect'}"]`);
  }

  #protectionChanged(now: boolean): void {
    this.protectedNow = now;
    this.announcement = now
      ? this.#t.strings.protectedAnnouncement
      : this.#t.strings.unprotectedAnnouncement;
    if (this.#lockState.adapter?.optional) this.emit('rk-protection-changed', { protected: now });
  }

  #showLocked(reason: LockedDetail['reason']): void {
    if (!this.unlocked || this.screen === 'remove') return;
    this.unlocked = false;
    this.values = {};
    this.announcement = this.#t.strings.lockedAnnouncement;
    this.emit('rk-locked', { reason });
    // After an erase there may be no passphrase any more.
    void this.#lockState.adapter!.hasPassphrase().then((has) => this.#showFor(has));
  }

  /** Shows a screen with focus on its heading, so its words are read first; the everyday unlock screen focuses the passphrase. */
  #show(screen: LockScreen): void {
    this.screen = screen;
    this.problem = undefined;
    focusAfterUpdate(this, screen === 'unlock' ? '#passphrase' : '[part~="heading"]');
  }

  #fail(field: string, message: string): void {
    this.problem = { field, message };
    focusAfterUpdate(this, `#${field}`);
  }

  async #submit(screen: LockScreen): Promise<void> {
    const adapter = this.#lockState.adapter;
    if (this.busy || !adapter) return;
    const s = this.#t.strings;
    if (screen === 'code') {
      if (!this.codeKept) return this.#fail('code-kept', s.codeNotConfirmed);
      this.#recoveryCode = undefined;
      return this.#opened();
    }
    this.busy = true;
    const outcome = await submitScreen(adapter, screen, this.values, s).finally(
      () => (this.busy = false),
    );
    if ('problem' in outcome) return this.#fail(outcome.problem.field, outcome.problem.message);
    if (outcome.done === 'plain') return this.#showFor(false);
    if (outcome.done === 'created') {
      this.#recoveryCode = outcome.recoveryCode;
      this.codeKept = false;
      this.#protectionChanged(true);
      return this.#show('code');
    }
    if (outcome.done === 'removed') {
      this.#protectionChanged(false);
      return this.#cancel();
    }
    if (outcome.done === 'opened') return this.#opened();
    this.#otherDevices.joined();
    this.announcement = s.joinedAnnouncement;
    this.#cancel();
    focusAfterUpdate(this, '[part~="content"]');
  }

  #opened(): void {
    this.values = {};
    this.problem = undefined;
    this.unlocked = true;
    this.announcement = this.#t.strings.unlockedAnnouncement;
    this.emit('rk-unlocked', {});
    focusAfterUpdate(this, '[part~="content"]');
    void this.#otherDevices.check();
  }

  protected override render(): unknown {
    const status = html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
    if (this.unlocked) {
      return html`${status}
        ${renderBar(this.#view(), this.protectedNow, (action) => this.#act(action), this.#otherDevices.present)}
        <div class="content" part="content" tabindex="-1"><slot></slot></div>`;
    }
    return html`${status}
      <section class="screen stack" part="screen">
        ${renderLockScreen(this.#view(), this.screen)}
        <div class="help"><rk-crisis-help></rk-crisis-help></div>
      </section>`;
  }

  #view(): LockView {
    return {
      strings: this.#t.strings,
      optional: this.#lockState.adapter?.optional === true,
      synced: syncLinkOf(this.rkConfig?.store) !== undefined,
      busy: this.busy,
      values: this.values,
      problem: this.problem,
      recoveryCode: this.#recoveryCode,
      codeKept: this.codeKept,
      effectiveHeadingLevel: this.effectiveHeadingLevel,
      input: (field, value) => (this.values = { ...this.values, [field]: value }),
      submit: (screen) => void this.#submit(screen),
      show: (screen) => this.#show(screen),
      keepCode: (kept) => (this.codeKept = kept),
      cancel: () => this.#cancel(),
    };
  }
}
