import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewState } from '../../core/plan-operations.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/**
 * Puts `text` on the clipboard; resolves to whether it worked. Where the page may not
 * write to the clipboard (for example an iframe without permission), the caller says so
 * and offers the download instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Offers `text` as a downloaded `.txt` file, without any network request. */
export function downloadText(text: string, fileName: string, root: ShadowRoot | HTMLElement): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the review and share blocks ask the element to do. */
export interface PlanActions {
  markReviewed(): void;
  print(): void;
  copy(): void;
  download(): void;
}

/**
 * "Looking over your plan": when it was last looked over, a gentle note when that was a
 * while ago, and the button to mark it as looked over (left out when read-only).
 */
export function renderReview(
  review: ReviewState,
  formatDate: (iso: string) => string,
  strings: StayingWellPlanStrings,
  heading: TemplateResult,
  actions: PlanActions | undefined,
): TemplateResult {
  const message =
    review.status === 'never'
      ? strings.reviewNever
      : review.status === 'due'
        ? strings.reviewDue(formatDate(review.reviewedAt))
        : strings.reviewRecent(formatDate(review.reviewedAt));
  return html`<section class="review no-print" part="review" data-state=${review.status}>
    ${heading}
    <p class=${review.status === 'due' ? 'gentle-note' : ''}>${message}</p>
    ${
      actions
        ? html`<button type="button" class="secondary" @click=${() => actions.markReviewed()}>
            ${strings.markReviewed}
          </button>`
        : nothing
    }
  </section>`;
}

/** "Keep or share a copy": print, copy as text, download as a text file. */
export function renderShare(
  strings: StayingWellPlanStrings,
  heading: TemplateResult,
  actions: PlanActions,
): TemplateResult {
  return html`<section class="share no-print" part="share">
    ${heading}
    <p class="hint">${strings.shareHint}</p>
    <div class="cluster">
      ${(['print', 'copy', 'download'] as const).map(
        (name) =>
          html`<button type="button" class="secondary" @click=${() => actions[name]()}>
            ${strings[name]}
          </button>`,
      )}
    </div>
  </section>`;
}
