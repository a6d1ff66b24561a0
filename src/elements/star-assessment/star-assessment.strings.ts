import { starChartsStrings } from './star-charts.strings.js';
import { starFormStrings } from './star-form.strings.js';

/**
 * Every word `<rk-star-assessment>` shows, in en-GB. A host can override any of them
 * (element `.strings`, provider `strings['star-assessment']`, or a registered locale).
 * Area names and scale words are not here: they come with the area set (`areas`). The
 * element itself loads those of its first view (star-form.strings.ts); its charts part
 * brings the rest (star-charts.strings.ts).
 */
export const starAssessmentStrings = { ...starFormStrings, ...starChartsStrings };

/** The shape of the star assessment's strings (for `.strings` overrides and locales). */
export type StarAssessmentStrings = typeof starAssessmentStrings;

declare global {
  interface RkStringSections {
    'star-assessment': StarAssessmentStrings;
  }
}
