import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so the host can render a print-only layout
 * just for then (and nothing extra the rest of the time). `print()` renders it first
 * and then opens the browser's print dialog; Ctrl+P works through `beforeprint`.
 */
export class PrintController implements ReactiveController {
  /** True from `beforeprint` (or `print()`) until `afterprint`. */
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Renders the host synchronously (a Lit element passes `() => this.performUpdate()`). */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** Renders the print layout, then opens the print dialog. */
  async print(): Promise<void> {
    this.set(true);
    await this.host.updateComplete;
    window.print();
  }

  private set(printing: boolean): void {
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly before = () => {
    this.set(true);
    // The browser lays out the page for printing right after this event: render now.
    this.renderNow();
  };

  private readonly after = () => this.set(false);
}
