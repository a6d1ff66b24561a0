import '../crisis-help/define.js';
import '../save-status/define.js';
import { defineElement } from '../define-element.js';
import { RkStarAssessment } from './star-assessment.js';

defineElement('rk-star-assessment', RkStarAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'rk-star-assessment': RkStarAssessment;
  }
}
