import { html } from 'lit';
import { StoreController } from '../../../src/elements/controllers/store-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { RkElement } from '../../../src/elements/rk-element.js';
import { RkTool } from '../../../src/elements/rk-tool.js';
import { toolHeader } from '../../../src/elements/tool-header.js';
import { toolStyles } from '../../../src/styles/tool-styles.js';
import type { StorageChange } from '../../../src/storage/storage-adapter.js';
import '../../../src/elements/crisis-help/define.js';
import '../../../src/elements/save-status/define.js';

/** A minimal tool for tests: a StoreController and the shared tool header, nothing else. */
export class StoreProbe extends RkTool {
  static override styles = [RkElement.styles, toolStyles];

  readyCount = 0;
  changes: StorageChange[] = [];
  readonly storage = new StoreController(this, {
    onReady: () => {
      this.readyCount += 1;
    },
    onChange: (change) => this.changes.push(change),
  });

  protected override render(): unknown {
    return html`${toolHeader(this, { title: 'Probe', storage: this.storage })}`;
  }
}
defineElement('rk-store-probe', StoreProbe);

declare global {
  interface HTMLElementTagNameMap {
    'rk-store-probe': StoreProbe;
  }
}
