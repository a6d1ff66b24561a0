import { LitElement, css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';

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
 * @cssprop --rk-color-text - Notice text colour.
 * @cssprop --rk-color-border - Notice border colour.
 */
export class RkUndoNotice extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = css`
    :host {
      display: block;
    }
    [part='notice'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--rk-space-2, 0.5rem);
      padding: var(--rk-space-2, 0.5rem) var(--rk-space-3, 0.75rem);
      border: 1px solid var(--rk-color-border, #6b6b6b);
      border-radius: var(--rk-radius, 0.5rem);
      background: var(--rk-color-surface-raised, Canvas);
      color: var(--rk-color-text, CanvasText);
    }
    .closed {
      padding: 0;
      border: 0;
    }
    p {
      margin: 0;
      flex: 1 1 12rem;
      overflow-wrap: anywhere;
    }
    button {
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-inline: var(--rk-space-3, 0.75rem);
      font: inherit;
      border-radius: var(--rk-radius, 0.5rem);
      border: 1px solid currentColor;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: var(--rk-focus-ring-width, 3px) solid var(--rk-color-focus, Highlight);
      outline-offset: 2px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `;

  /** Label of the Undo button (localized by the host). */
  @property({ attribute: 'undo-label' }) undoLabel = '';
  /** Label of the close button (localized by the host). */
  @property({ attribute: 'dismiss-label' }) dismissLabel = '';
  /** Milliseconds before the notice closes itself; 0 keeps it open until dismissed. */
  @property({ type: Number }) timeout = UNDO_TIMEOUT;

  @state() private message = '';
  @query('[part="undo-button"]') private undoButton?: HTMLButtonElement;
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
    this.undoButton?.focus();
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
          ? html`<button part="undo-button" type="button" @click=${this.undo}>
                ${this.undoLabel}
              </button>
              ${
                this.dismissLabel
                  ? html`<button part="dismiss-button" type="button" @click=${this.expire}>
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
