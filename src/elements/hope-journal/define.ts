import { defineElement } from '../define-element.js';
import '../crisis-help/define.js';
import '../save-status/define.js';
import { RkHopeJournal } from './hope-journal.js';

defineElement('rk-hope-journal', RkHopeJournal);

declare global {
  interface HTMLElementTagNameMap {
    'rk-hope-journal': RkHopeJournal;
  }
}
