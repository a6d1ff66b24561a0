import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { monthOf } from '../../core/journal-search.js';
import { formatDay, formatMonth } from '../../i18n/date-display.js';
import { entryName } from './journal-composer-prompt.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { ShownEntry } from './journal-entries.js';
import {
  focusOnceLoaded,
  loadedVirtualizer,
  renderAgainWithVirtualizer,
} from './journal-virtualizer.js';

/** Bodies longer than this are shortened until the person asks to read all of it. */
export const LONG_BODY = 1_500;

/** Entries shown in full while the virtualizer is still on its way. */
export const SHOWN_WHILE_LOADING = 20;

/** What the entry list shows and reports. */
export interface EntryListView {
  strings: HopeJournalStrings;
  /** The locale dates are written in. */
  locale: string;
  /** The entries to show, newest first (already searched and filtered). */
  entries: readonly ShownEntry[];
  readonly: boolean;
  /** Renders a month heading at the right level. */
  monthHeading: (text: string) => TemplateResult;
  /**
   * Render only what is on screen (long lists). Short lists are rendered whole, so every
   * entry is in the DOM for screen readers and find-in-page.
   */
  virtual: boolean;
  /** Ids of long entries the person opened in full. */
  expanded: ReadonlySet<string>;
  onPin: (entry: ShownEntry) => void;
  onEdit: (entry: ShownEntry) => void;
  onRemove: (entry: ShownEntry) => void;
  onExpand: (entry: ShownEntry) => void;
}

function renderEntry(view: EntryListView, item: ShownEntry, index: number): TemplateResult {
  const { strings } = view;
  const { entry } = item;
  const previous = view.entries[index - 1];
  const month = monthOf(entry.date);
  const startsMonth = !previous || monthOf(previous.entry.date) !== month;
  const long = entry.body.length > LONG_BODY && !view.expanded.has(item.id);
  const name = entryName(entry, strings);
  const canChange = !view.readonly && !item.readonly;
  return html`<div
    role="listitem"
    class="row"
    aria-setsize=${view.entries.length}
    aria-posinset=${index + 1}
  >
    ${startsMonth ? view.monthHeading(formatMonth(month, view.locale, strings.noDate)) : nothing}
    <article
      class="entry ${entry.pinned ? 'pinned' : ''}"
      part="entry"
      data-index=${index}
      tabindex="-1"
      aria-labelledby=${`date-${item.id}`}
    >
      <p class="entry-date" id=${`date-${item.id}`}>
        ${formatDay(entry.date, view.locale, { weekday: true, otherwise: strings.noDate })}${entry.pinned ? html` <span class="badge">${strings.pinnedLabel}</span>` : nothing}
      </p>
      ${
        item.readonlyReason
          ? html`<p class="note" part="readonly-note">
              ${item.readonlyReason === 'too-new' ? strings.readonlyTooNew : strings.readonlyInvalid}
            </p>`
          : nothing
      }
      ${entry.prompt ? html`<p class="entry-prompt">${entry.prompt.text}</p>` : nothing}
      ${
        entry.goodThings.length
          ? html`<ol class="good-things">
              ${entry.goodThings.map(
                (thing) =>
                  html`<li>
                    <span class="what" .textContent=${thing.what}></span>
                    ${thing.why ? html`<span class="why" .textContent=${thing.why}></span>` : nothing}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${
        entry.body
          ? html`<p
              class="body"
              part="entry-body"
              .textContent=${long ? `${entry.body.slice(0, LONG_BODY)}…` : entry.body}
            ></p>`
          : nothing
      }
      ${long ? html`<button type="button" class="quiet" @click=${() => view.onExpand(item)}>${strings.readAll}</button>` : nothing}
      ${entry.hope !== null ? html`<p class="hope-value">${strings.hopeValue(entry.hope)}</p>` : nothing}
      ${
        entry.chime.length || entry.tags.length
          ? html`<ul class="plain cluster tags" aria-label=${strings.tagsHeading}>
              ${entry.chime.map((key) => html`<li class="tag chime">${strings.chimeName(key)}</li>`)}
              ${entry.tags.map((tag) => html`<li class="tag">${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${
        canChange
          ? html`<div class="cluster actions">
              <button
                type="button"
                class="secondary"
                aria-pressed=${entry.pinned ? 'true' : 'false'}
                aria-label=${strings.pinAction(name)}
                @click=${() => view.onPin(item)}
              >
                ${strings.pin}
              </button>
              <button
                type="button"
                class="secondary"
                aria-label=${strings.editAction(name)}
                @click=${() => view.onEdit(item)}
              >
                ${strings.edit}
              </button>
              <button
                type="button"
                class="secondary"
                aria-label=${strings.removeAction(name)}
                @click=${() => view.onRemove(item)}
              >
                ${strings.remove}
              </button>
            </div>`
          : nothing
      }
    </article>
  </div>`;
}

/**
 * The list of entries, newest first, with a heading at the start of each month. Only
 * the entries near the screen are in the DOM (@lit-labs/virtualizer, fetched the first
 * time a list is long), so a journal of years stays fast (short lists are rendered
 * whole). It is a `role="list"` whose items carry their position and the total; arrow keys, Home and End move between entries, from an entry, a button inside
 * one or the list itself (see {@link moveFocus}). A long (virtual) list scrolls on its
 * own, so it is a tab stop: keyboard users can reach and scroll it; when the entry with
 * focus scrolls out of the DOM, focus moves to the list rather than to the page.
 */
export function renderEntryList(view: EntryListView): unknown {
  const virtualizer = loadedVirtualizer();
  const mode = !view.virtual ? 'whole' : virtualizer ? 'virtual' : 'loading';
  const whole = (entries: readonly ShownEntry[]) =>
    repeat(
      entries,
      (item) => item.id,
      (item, index) => renderEntry(view, item, index),
    );
  // A new list element when the mode changes: the virtualizer owns its host's children.
  return keyed(
    mode,
    html`<div
      class=${view.virtual ? 'list virtual' : 'list'}
      part="list"
      role="list"
      aria-label=${view.strings.listLabel}
      tabindex=${view.virtual ? '0' : nothing}
      data-count=${view.entries.length}
      @keydown=${(e: KeyboardEvent) => void onListKey(e)}
      @focusout=${keepFocusInList}
      ${mode === 'loading' ? ref(renderAgainWithVirtualizer) : nothing}
    >
      ${
        mode === 'whole' || virtualizer === 'failed'
          ? whole(view.entries)
          : mode === 'loading'
            ? whole(view.entries.slice(0, SHOWN_WHILE_LOADING))
            : virtualizer!.virtualize({
                scroller: true,
                items: view.entries as ShownEntry[],
                keyFunction: (item: ShownEntry) => item.id,
                renderItem: (item: ShownEntry, index: number) => renderEntry(view, item, index),
              })
      }
    </div>`,
  );
}

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(count - 1, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** The index of the first entry whose box shows in the list's scrolled view, else 0. */
function firstInView(list: HTMLElement): number {
  const top = list.getBoundingClientRect().top;
  const shown = [...list.querySelectorAll<HTMLElement>('article[data-index]')].find(
    (article) => article.getBoundingClientRect().bottom > top,
  );
  return Number(shown?.dataset.index ?? 0);
}

/**
 * The keys work from wherever Tab lands: an entry, a button inside one, or the list
 * itself (a long list is a tab stop). From the list, the arrows go to the first entry in
 * view. (Entries hold buttons only, no text fields, so the keys mean nothing else there.)
 */
async function onListKey(event: KeyboardEvent): Promise<void> {
  const step = KEY_STEPS[event.key];
  const list = event.currentTarget as HTMLElement;
  const target = event.target as HTMLElement;
  if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const article = target.closest<HTMLElement>('article[data-index]');
  if (!article && target !== list) return;
  event.preventDefault();
  const count = Number(list.dataset.count);
  const index = article
    ? step(Number(article.dataset.index), count)
    : event.key.startsWith('Arrow')
      ? firstInView(list)
      : step(0, count);
  await moveFocus(list, index);
}

/**
 * A long list renders only what is on screen: when the entry holding focus scrolls away
 * and leaves the DOM, focus would fall to the page. It goes to the list instead, so the
 * person stays where they were and the keys still work.
 */
function keepFocusInList(event: FocusEvent): void {
  const list = event.currentTarget as HTMLElement;
  const left = event.target as HTMLElement;
  if (event.relatedTarget || left === list || list.tabIndex < 0) return;
  requestAnimationFrame(() => {
    const root = list.getRootNode() as ShadowRoot | Document;
    if (!left.isConnected && list.isConnected && !root.activeElement) {
      list.focus({ preventScroll: true });
    }
  });
}

/**
 * Scrolls entry `index` into view (rendering it if it was not in the DOM) and focuses
 * it. `index` is clamped to the list.
 */
export async function moveFocus(list: HTMLElement, index: number): Promise<void> {
  const virtualizer = loadedVirtualizer();
  const refKey = typeof virtualizer === 'object' ? virtualizer.virtualizerRef : undefined;
  const rendering = refKey && (list as HTMLElement & VirtualizerHostElement)[refKey];
  const count = Number(list.dataset.count);
  const target = Math.max(0, Math.min(count - 1, index));
  const article = () => list.querySelector<HTMLElement>(`article[data-index="${target}"]`);
  if (rendering) rendering.element(target)?.scrollIntoView({ block: 'nearest' });
  // Beyond the entries shown while the virtualizer loads: focused once it is here.
  else if (!article() && focusOnceLoaded(list, target)) return;
  // The entry may need a frame or two to be rendered after scrolling.
  for (let frame = 0; frame < 10; frame += 1) {
    const found = article();
    if (found) {
      found.focus();
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
