import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.js';
import { tokens } from '../../styles/tokens.js';

/** Milliseconds an undo notice stays before it closes by itself (paused while in use). */
export const UNDO_TIMEOUT = 10_000;

/**
 * A calm "Removed ‘X’. Undo" notice, shared by the tools that remove things. The host
 * calls `show(message)` after a removal has been saved; the message is announced
 * through a polite live region and the Undo button is reachable by keyboard. It closes
 * itself after `timeout` milliseconds, but never while the pointer is over it or focus
 * is inside it, so nobody is rushed (WCAG 2.2.1).
 *
 * The notice has no words of its own: the host passes its localized message and labels.
 *
 * @summary A "removed - undo" notice with a gentle time-out.
 * @fires rk-undo-requested - The person chose Undo. Not composed: it stays in the host's shadow root.
 * @fires rk-undo-expired - The notice closed without Undo (time-out or dismissed).
 * @csspart notice - The visible notice box.
 * @csspart message - The message text.
 * @csspart undo-button - The Undo button.
 * @csspart dismiss-button - The button that closes the notice.
 * @cssprop --rk-color-surface-raised - Notice background.
 * @cssprop --rk-color-border - Notice border colour.
 * @cssprop --rk-color-accent - The buttons.
 */
export class RkUndoNotice extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    tokens,
    sharedStyles,
    css`
      [part='notice'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_rk-space-2);
        padding: var(--_rk-space-2) var(--_rk-space-3);
        border: 1px solid var(--_rk-color-border);
        border-radius: var(--_rk-radius);
        background: var(--_rk-color-surface-raised);
      }
      .closed {
        padding: 0;
        border: 0;
      }
      p {
        flex: 1 1 12rem;
        overflow-wrap: anywhere;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    undoLabel: { attribute: 'undo-label' },
    dismissLabel: { attribute: 'dismiss-label' },
    timeout: { type: Number },
    message: { state: true, attribute: false },
  };

  /** Label of the Undo button (localized by the host). */
  undoLabel = '';
  /** Label of the close button (localized by the host). */
  dismissLabel = '';
  /** Milliseconds before the notice closes itself; 0 keeps it open until dismissed. */
  timeout = UNDO_TIMEOUT;

  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = { pointer: false, focus: false };

  /** True while the notice is showing. */
  get open(): boolean {
    return this.message !== '';
  }

  /** Shows (or replaces) the notice and restarts its time-out. */
  show(message: string): void {
    this.message = message;
    this.restartTimer();
  }

  /** Closes the notice without telling anyone (for example after a successful undo). */
  hide(): void {
    this.clearTimer();
    this.message = '';
  }

  /** Moves focus to the Undo button once it is on screen. */
  async focusUndo(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="undo-button"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearTimer();
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private restartTimer(): void {
    this.clearTimer();
    if (this.timeout > 0 && this.open && !this.held.pointer && !this.held.focus)
      this.timer = setTimeout(() => this.expire(), this.timeout);
  }

  private hold(kind: 'pointer' | 'focus', on: boolean): void {
    this.held[kind] = on;
    this.restartTimer();
  }

  private expire(): void {
    this.hide();
    this.dispatchEvent(new Event('rk-undo-expired', { bubbles: true }));
  }

  private undo(): void {
    this.hide();
    this.dispatchEvent(new Event('rk-undo-requested', { bubbles: true }));
  }

  override render() {
    return html`<div
      part="notice"
      class=${this.open ? '' : 'closed'}
      @pointerenter=${() => this.hold('pointer', true)}
      @pointerleave=${() => this.hold('pointer', false)}
      @focusin=${() => this.hold('focus', true)}
      @focusout=${() => this.hold('focus', false)}
    >
      <p part="message" role="status">${this.message}</p>
      ${
        this.open
          ? html`<button part="undo-button" class="secondary" type="button" @click=${this.undo}>
                ${this.undoLabel}
              </button>
              ${
                this.dismissLabel
                  ? html`<button
                      part="dismiss-button"
                      class="quiet"
                      type="button"
                      @click=${this.expire}
                    >
                      ${this.dismissLabel}
                    </button>`
                  : null
              }`
          : null
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rk-undo-requested': Event;
    'rk-undo-expired': Event;
  }
}
