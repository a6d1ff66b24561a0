import '../crisis-help/define.js';
import '../save-status/define.js';
import { defineElement } from '../define-element.js';
import { RkStayingWellPlan } from './staying-well-plan.js';

defineElement('rk-staying-well-plan', RkStayingWellPlan);

declare global {
  interface HTMLElementTagNameMap {
    'rk-staying-well-plan': RkStayingWellPlan;
  }
}
