import { defineElement } from '../define-element.js';
import { RkUndoNotice } from './undo-notice.js';

defineElement('rk-undo-notice', RkUndoNotice);

declare global {
  interface HTMLElementTagNameMap {
    'rk-undo-notice': RkUndoNotice;
  }
}
