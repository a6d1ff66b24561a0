import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { PLAN_TEXT_MAX, type PlanSectionContent } from '../../core/plan.js';
import type { PlanSection } from '../../core/plan-sections.js';
import { textAreaField } from '../form-field.js';
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
 * The move buttons stay focusable at either end (`aria-disabled`, not `disabled`), so
 * focus never drops when a line reaches the top or bottom.
 */
function moveButton(
  label: string,
  which: string,
  id: string,
  atEnd: boolean,
  onMove: () => void,
): TemplateResult {
  return html`<button
    type="button"
    class="quiet"
    id=${id}
    aria-disabled=${atEnd ? 'true' : 'false'}
    @click=${() => {
      if (!atEnd) onMove();
    }}
  >
    ${label}<span class="visually-hidden">${which}</span>
  </button>`;
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
  actions: SectionEditorActions,
): TemplateResult {
  const { key } = section;
  const total = content.items.length;
  const hintId = `hint-${key}`;
  return html`<section
    class="section"
    part="section"
    aria-labelledby=${sectionHeadingId(key)}
    data-section=${key}
  >
    ${heading}
    <p class="prompt" part="prompt">${section.prompt}</p>
    ${
      total
        ? html`<p class="hint" id=${hintId}>${strings.itemHint}</p>
            <ol class="items" part="items" aria-label=${strings.itemsLabel(section.title)}>
              ${repeat(
                content.items,
                (item) => item.id,
                (item, index) => {
                  const which = strings.whichLine(index + 1, total);
                  const textId = itemControlId(item.id, 'text');
                  return html`<li class="item" part="item">
                    <label class="visually-hidden" for=${textId}
                      >${strings.itemLabel(index + 1, total, section.title)}</label
                    >
                    <input
                      id=${textId}
                      class="item-text"
                      type="text"
                      maxlength=${PLAN_TEXT_MAX}
                      aria-describedby=${hintId}
                      .value=${live(item.text)}
                      @input=${(e: Event) => actions.editItem(key, item.id, (e.target as HTMLInputElement).value)}
                      @keydown=${(e: KeyboardEvent) => onItemKeydown(e, key, item.id, actions)}
                    />
                    <span class="item-actions">
                      ${moveButton(
                        strings.moveUp,
                        which,
                        itemControlId(item.id, 'up'),
                        index === 0,
                        () => actions.moveItem(key, item.id, -1, 'up'),
                      )}
                      ${moveButton(
                        strings.moveDown,
                        which,
                        itemControlId(item.id, 'down'),
                        index === total - 1,
                        () => actions.moveItem(key, item.id, 1, 'down'),
                      )}
                      <button
                        type="button"
                        class="quiet"
                        @click=${() => actions.removeItem(key, item.id)}
                      >
                        ${strings.removeItem}<span class="visually-hidden">${which}</span>
                      </button>
                    </span>
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
    </button>
    ${textAreaField({
      id: `notes-${key}`,
      label: strings.notesLabel(section.title),
      value: content.notes,
      rows: 3,
      maxlength: PLAN_TEXT_MAX,
      onInput: (value) => actions.setNotes(key, value),
    })}
  </section>`;
}
