import { defineElement } from '../define-element.js';
import '../undo/define.js';
import { RkHopeJournal } from './hope-journal.js';

defineElement('rk-hope-journal', RkHopeJournal);

declare global {
  interface HTMLElementTagNameMap {
    'rk-hope-journal': RkHopeJournal;
  }
}
