import { defineElement } from '../define-element.js';
import { RkProvider } from './rk-provider.js';

defineElement('rk-provider', RkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rk-provider': RkProvider;
  }
}
