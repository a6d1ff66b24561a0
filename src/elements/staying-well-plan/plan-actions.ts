import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../core/plan.js';
import { markReviewed, type ReviewState } from '../../core/plan-operations.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { PlanDocument } from './plan-document.js';
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

/** What the review and share buttons need from the element. */
export interface PlanActionsHost {
  readonly doc: PlanDocument;
  strings(): StayingWellPlanStrings;
  /** The plan as plain text, in the words and order on screen. */
  text(): string;
  root(): ShadowRoot;
  announce(message: string): void;
  /** The plan was marked as looked over and that was saved. */
  reviewed(record: RecordEnvelope<Plan>): void;
}

/**
 * The review and share buttons: marking the plan as looked over saves at once (a failure
 * shows in the save status, with a retry, and announces nothing); print, copy and
 * download say what happened.
 */
export function planActions(host: PlanActionsHost): PlanActions {
  const { doc } = host;
  return {
    markReviewed: async () => {
      doc.change(markReviewed(doc.plan, new Date()));
      try {
        await doc.flush();
      } catch {
        return;
      }
      if (doc.record) host.reviewed(doc.record);
      host.announce(host.strings().reviewedNow);
    },
    print: () => window.print(),
    copy: async () => {
      const copied = await copyText(host.text());
      host.announce(copied ? host.strings().copied : host.strings().copyFailed);
    },
    download: () => {
      downloadText(host.text(), host.strings().fileName(doc.plan.template), host.root());
      host.announce(host.strings().downloaded);
    },
  };
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
