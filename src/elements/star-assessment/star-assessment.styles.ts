import { css } from 'lit';

/**
 * Layout of `<rk-star-assessment>`; colours, fonts and spaces come from the shared tokens.
 * The `.message` line stays in the accessibility tree while empty (no margin then), so
 * screen readers announce what appears in it.
 *
 * The chart is the heart of the tool: half the width beside the form from a 48rem
 * container, the full width below that. The 1 to 10 buttons share one row down to a
 * 360 px screen, each at least 24 px wide (WCAG 2.5.8) and a full target high; below
 * 20rem the frames tighten to give them the room. The charts', tables' and saved
 * readings' own rules come with them (charts-view.styles.ts). (Comments live here, not in
 * the CSS, so they cost the page nothing.)
 */
export const starAssessmentStyles = css`
  :host {
    container-type: inline-size;
  }
  :host > * + *,
  section > * + *,
  fieldset > * + *,
  .details > * + *,
  .problem > * + * {
    margin-block-start: var(--_rk-space-3);
  }
  section + section {
    margin-block-start: var(--_rk-space-5);
  }
  .intro {
    max-inline-size: 65ch;
  }
  .message {
    color: var(--_rk-color-success);
    font-weight: 600;
  }
  .message:empty {
    margin-block-start: 0;
  }
  .take-layout,
  .live,
  .choices {
    display: grid;
    gap: var(--_rk-space-3);
  }
  @container (min-inline-size: 48rem) {
    .take-layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .live {
      position: sticky;
      inset-block-start: var(--_rk-space-3);
    }
  }
  fieldset,
  .details,
  .problem {
    margin: 0;
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    min-inline-size: 0;
  }
  .area,
  .details {
    background: var(--_rk-color-surface-raised);
  }
  .area-label,
  .details-title {
    font-weight: 650;
  }
  .anchors {
    justify-content: space-between;
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
  .scale {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_rk-space-1);
    max-inline-size: 34rem;
  }
  @container (max-inline-size: 20rem) {
    fieldset {
      padding-inline: var(--_rk-space-2);
    }
    .scale {
      gap: 2px;
    }
  }
  .score {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5rem;
    min-block-size: var(--_rk-target-size);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface);
    font-weight: 600;
  }
  .score input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .score:has(:checked) {
    background: var(--_rk-color-accent);
    color: var(--_rk-color-accent-contrast);
  }
  .score:has(:focus-visible) {
    outline: var(--_rk-focus-ring-width) solid var(--_rk-color-focus);
    outline-offset: 2px;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .problem {
    border: 2px solid var(--_rk-color-notice);
  }
  #history-start:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .score:has(:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
