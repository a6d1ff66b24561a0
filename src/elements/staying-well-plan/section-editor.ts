import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { PLAN_TEXT_MAX, type PlanSectionContent } from '../../core/plan.js';
import type { PlanSection } from '../../core/plan-sections.js';
import type { CommonStrings } from '../../i18n/common.strings.js';
import { fieldLimit, textAreaField } from '../form-field.js';
import type { StayingWellPlanStrings } from './staying-well-plan.strings.js';

/** What the section editor asks its element to do. Every change goes through these. */
export interface SectionEditorActions {
  editItem(section: string, itemId: string, text: string): void;
  /** Adds an empty line after `afterItemId` (or at the end) and focuses it. */
  addItem(section: string, afterItemId?: string): void;
  /** Moves a line; `focus` is the control to keep focus on once it has moved. */
  moveItem(section: string, itemId: string, by: -1 | 1, focus: ItemControl): void;
  removeItem(section: string, itemId: string): void;
  setNotes(section: string, notes: string): void;
}

/** The focusable controls of one line, for keeping focus on the same one after a change. */
export type ItemControl = 'text' | 'up' | 'down';

/** The id of one line's control within the element's shadow root. */
export function itemControlId(itemId: string, control: ItemControl): string {
  return `item-${control}-${itemId}`;
}

/** The id of a section's "Add a line" button. */
export function addButtonId(sectionKey: string): string {
  return `add-${sectionKey}`;
}

/** The id of a section's heading, which names the section landmark. */
export function sectionHeadingId(sectionKey: string): string {
  return `section-${sectionKey}-heading`;
}

/**
 * Keyboard on a line's text: Enter adds a line below, Alt+ArrowUp / Alt+ArrowDown move
 * the line (focus stays in its text).
 */
function onItemKeydown(
  event: KeyboardEvent,
  section: string,
  itemId: string,
  actions: SectionEditorActions,
): void {
  if (event.isComposing) return;
  if (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey
  ) {
    event.preventDefault();
    actions.addItem(section, itemId);
  } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    event.preventDefault();
    actions.moveItem(section, itemId, event.key === 'ArrowUp' ? -1 : 1, 'text');
  }
}

/**
 * A quiet button on a line or contact, named `label` + `which` (which one, so each
 * button has its own name) in one string: a visually hidden span would be read with a
 * stray space before it. A button that cannot act here (moving the top line up) stays
 * focusable (`aria-disabled`, not `disabled`), so focus never drops.
 */
export function itemButton(
  label: string,
  which: string,
  onClick: () => void,
  id?: string,
  atEnd?: boolean,
): TemplateResult {
  return html`<button
    type="button"
    class="quiet"
    id=${id ?? nothing}
    aria-label=${label + which}
    aria-disabled=${atEnd ?? nothing}
    @click=${() => atEnd || onClick()}
  >
    ${label}
  </button>`;
}

/** One section of the editor: its heading and prompt, `body`, then its free notes. */
export function renderSection(
  section: PlanSection,
  heading: TemplateResult,
  notes: string,
  strings: StayingWellPlanStrings,
  common: CommonStrings,
  setNotes: (section: string, notes: string) => void,
  body: unknown,
): TemplateResult {
  const { key } = section;
  return html`<section class="section" part="section" aria-labelledby=${sectionHeadingId(key)}>
    ${heading}
    <p class="prompt" part="prompt">${section.prompt}</p>
    ${body}
    ${textAreaField({
      id: `notes-${key}`,
      label: strings.notesLabel(section.title),
      value: notes,
      rows: 3,
      maxlength: PLAN_TEXT_MAX,
      limitStrings: common,
      onInput: (value) => setNotes(key, value),
    })}
  </section>`;
}

/**
 * One list section as a form: its prompt, its lines (each with move up/down and remove
 * buttons), "Add a line", and free notes. Labels and controls share the element's
 * shadow root.
 */
export function renderSectionEditor(
  section: PlanSection,
  content: PlanSectionContent,
  heading: TemplateResult,
  strings: StayingWellPlanStrings,
  common: CommonStrings,
  actions: SectionEditorActions,
): TemplateResult {
  const { key } = section;
  const total = content.items.length;
  const hintId = `hint-${key}`;
  return renderSection(
    section,
    heading,
    content.notes,
    strings,
    common,
    actions.setNotes,
    html`${
        total
          ? html`<p class="hint" id=${hintId}>${strings.itemHint}</p>
              <ol class="items" part="items" aria-label=${strings.itemsLabel(section.title)}>
                ${repeat(
                  content.items,
                  (item) => item.id,
                  (item, index) => {
                    const which = strings.whichLine(index + 1, total);
                    const textId = itemControlId(item.id, 'text');
                    const limit = fieldLimit({
                      id: textId,
                      value: item.text,
                      maxlength: PLAN_TEXT_MAX,
                      limitStrings: common,
                      describedBy: hintId,
                    });
                    return html`<li class="item" part="item">
                      <label class="visually-hidden" for=${textId}
                        >${strings.itemLabel(index + 1, total, section.title)}</label
                      >
                      <input
                        id=${textId}
                        class="item-text"
                        type="text"
                        aria-invalid=${limit.invalid}
                        aria-describedby=${limit.describedBy!}
                        .value=${live(item.text)}
                        @input=${(e: Event) => actions.editItem(key, item.id, (e.target as HTMLInputElement).value)}
                        @keydown=${(e: KeyboardEvent) => onItemKeydown(e, key, item.id, actions)}
                      />
                      <span class="item-actions">
                        ${itemButton(
                          strings.moveUp,
                          which,
                          () => actions.moveItem(key, item.id, -1, 'up'),
                          itemControlId(item.id, 'up'),
                          index === 0,
                        )}
                        ${itemButton(
                          strings.moveDown,
                          which,
                          () => actions.moveItem(key, item.id, 1, 'down'),
                          itemControlId(item.id, 'down'),
                          index === total - 1,
                        )}
                        ${itemButton(strings.removeItem, which, () =>
                          actions.removeItem(key, item.id),
                        )}
                      </span>
                      ${limit.note}
                    </li>`;
                  },
                )}
              </ol>`
          : nothing
      }
      <button
        type="button"
        class="secondary add-item"
        id=${addButtonId(key)}
        @click=${() => actions.addItem(key)}
      >
        ${strings.addItem}
      </button>`,
  );
}
