import { html } from 'lit';
import { RecordDrafts } from '../../../src/elements/controllers/record-drafts.js';
import { StoreController } from '../../../src/elements/controllers/store-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { RkElement } from '../../../src/elements/rk-element.js';
import { RkTool } from '../../../src/elements/rk-tool.js';
import { toolHeader } from '../../../src/elements/tool-header.js';
import { toolStyles } from '../../../src/styles/tool-styles.js';
import { noteModel, type Note } from '../../storage/note-model.js';
import '../../../src/elements/crisis-help/define.js';
import '../../../src/elements/save-status/define.js';

/** A minimal tool on the editing core: notes shown and edited through RecordDrafts. */
export class DraftsProbe extends RkTool {
  static override styles = [RkElement.styles, toolStyles];

  /** How often the editing core asked for its merge (loaded when a write first meets a change elsewhere). */
  mergeLoads = 0;
  /** Set to make loading the merge fail (`'fail'`, as a dropped connection does) or wait for a promise. */
  mergeLoading: 'fail' | Promise<void> | undefined;

  readonly storage: StoreController = new StoreController(this, {
    onReady: (store): Promise<void> => this.notes.load(store),
    onChange: (change) => this.notes.onChange(change),
  });
  readonly notes: RecordDrafts<Note> = new RecordDrafts<Note>(this, this.storage, {
    model: noteModel,
    slot: 'note:',
    loadMerge: async () => {
      this.mergeLoads += 1;
      if (this.mergeLoading === 'fail') throw new TypeError('Failed to fetch the merge');
      await this.mergeLoading;
      return (_base, mine) => ({ data: mine, keptBoth: false });
    },
    valid: (note) => note.text.trim() !== '',
    onChanged: () => this.requestUpdate(),
  });

  protected override render(): unknown {
    return html`${toolHeader(this, { title: 'Notes', storage: this.storage })}
      <ul>
        ${(this.notes.items ?? []).map((item) => html`<li>${this.notes.shown(item.id)?.text}</li>`)}
      </ul>`;
  }
}
defineElement('rk-drafts-probe', DraftsProbe);

declare global {
  interface HTMLElementTagNameMap {
    'rk-drafts-probe': DraftsProbe;
  }
}
