import { defineElement } from '../define-element.js';
import { RkCrisisHelp } from './rk-crisis-help.js';

defineElement('rk-crisis-help', RkCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'rk-crisis-help': RkCrisisHelp;
  }
}
