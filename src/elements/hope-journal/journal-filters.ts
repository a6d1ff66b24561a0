import { html, type TemplateResult } from 'lit';
import { CHIME_KEYS, type ChimeKey } from '../../core/chime.js';
import { isEmptyQuery, type JournalQuery } from '../../core/journal-search.js';
import { selectField, textField } from '../form-field.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';

/** What the search-and-filter bar shows and reports. */
export interface FiltersView {
  strings: HopeJournalStrings;
  query: JournalQuery;
  /** Tags in use, for the tag picker. */
  tags: readonly string[];
  /** Called on every change, keystrokes included (searching is an in-memory filter). */
  onChange: (query: JournalQuery) => void;
}

/**
 * The search box and filters above the list: words, tag, CHIME process, date range
 * and pinned only, with a way to clear them all. Every control is labelled in the
 * same shadow root; results update as the person types.
 */
export function renderFilters({ strings, query, tags, onChange }: FiltersView): TemplateResult {
  const set = (patch: JournalQuery) => onChange({ ...query, ...patch });
  return html`<search class="filters" part="filters">
    ${textField({
      id: 'search-text',
      label: strings.searchLabel,
      type: 'search',
      value: query.text ?? '',
      onInput: (text) => set({ text }),
    })}
    ${selectField({
      id: 'filter-tag',
      label: strings.tagFilterLabel,
      value: query.tag ?? '',
      options: [
        { value: '', label: strings.anyTag },
        ...tags.map((tag) => ({ value: tag, label: tag })),
      ],
      onChange: (tag) => set({ tag }),
    })}
    ${selectField({
      id: 'filter-chime',
      label: strings.chimeFilterLabel,
      value: query.chime ?? '',
      options: [
        { value: '', label: strings.anyChime },
        ...CHIME_KEYS.map((key) => ({ value: key, label: strings.chimeName(key) })),
      ],
      onChange: (chime) => set({ chime: chime as ChimeKey | '' }),
    })}
    ${textField({ id: 'filter-from', label: strings.fromLabel, type: 'date', value: query.from ?? '', onInput: (from) => set({ from }) })}
    ${textField({ id: 'filter-to', label: strings.toLabel, type: 'date', value: query.to ?? '', onInput: (to) => set({ to }) })}
    <label class="choice pinned-only">
      <input
        type="checkbox"
        .checked=${query.pinnedOnly === true}
        @change=${(e: Event) => set({ pinnedOnly: (e.target as HTMLInputElement).checked })}
      />
      <span>${strings.pinnedOnly}</span>
    </label>
    <button
      type="button"
      class="secondary"
      ?disabled=${isEmptyQuery(query)}
      @click=${() => onChange({})}
    >
      ${strings.clearFilters}
    </button>
  </search>`;
}
