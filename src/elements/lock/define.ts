import '../crisis-help/define.js';
import { defineElement } from '../define-element.js';
import { RkLock } from './rk-lock.js';

defineElement('rk-lock', RkLock);

declare global {
  interface HTMLElementTagNameMap {
    'rk-lock': RkLock;
  }
}
