import { defineElement } from '../define-element.js';
import { RkSaveStatus } from './rk-save-status.js';

defineElement('rk-save-status', RkSaveStatus);

declare global {
  interface HTMLElementTagNameMap {
    'rk-save-status': RkSaveStatus;
  }
}
