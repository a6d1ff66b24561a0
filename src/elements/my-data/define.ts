import '../crisis-help/define.js';
import '../save-status/define.js';
import { defineElement } from '../define-element.js';
import { RkMyData } from './my-data.js';

defineElement('rk-my-data', RkMyData);

declare global {
  interface HTMLElementTagNameMap {
    'rk-my-data': RkMyData;
  }
}
