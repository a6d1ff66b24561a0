import { defineElement } from '../define-element.js';
import '../crisis-help/define.js';
import '../save-status/define.js';
import { RkGoalTracker } from './goal-tracker.js';

defineElement('rk-goal-tracker', RkGoalTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rk-goal-tracker': RkGoalTracker;
  }
}
