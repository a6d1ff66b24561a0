import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import { entryModel, entrySortKey, type Entry } from '../src/core/entry.js';
import type { RecordEnvelope } from '../src/core/record.js';
import { FaultInjectingAdapter } from '../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import '../src/elements/hope-journal/define.js';
import { onDarkCanvas } from './dark-canvas.js';

const stores = new Map<string, Promise<RecordStore>>();

const THINGS = [
  'a walk by the river',
  'coffee with a friend',
  'finishing a painting',
  'a good night’s sleep',
  'music on the bus',
  'rain on the window',
];

/** A year of entries, one every other day, written in plain words. */
function yearOfEntries(): Entry[] {
  return Array.from({ length: 183 }, (_, index) => {
    const day = new Date(Date.UTC(2026, 10, 20) - index * 2 * 86_400_000);
    const thing = THINGS[index % THINGS.length];
    return {
      body: `Today I noticed ${thing}. It helped more than I expected.`,
      prompt: null,
      goodThings: [],
      hope: index % 2 ? 4 + (index % 5) : null,
      tags: [thing.split(' ').pop()!],
      chime: index % 3 ? ['hope'] : ['connectedness', 'meaning'],
      pinned: index % 20 === 0,
      date: day.toISOString().slice(0, 10),
      writtenAt: day.toISOString(),
    };
  });
}

/** The story's store on its own IndexedDB namespace, seeded once (idempotently). */
function storeFor(namespace: string, seed: () => Entry[] = () => []): Promise<RecordStore> {
  let store = stores.get(namespace);
  if (!store) {
    store = (async () => {
      const adapter = new IndexedDbAdapter({ namespace });
      const opened = new RecordStore(adapter);
      await opened.open();
      const entries = seed();
      if (entries.length && (await opened.collection(entryModel).count()) === 0) {
        const now = new Date().toISOString();
        const records: RecordEnvelope[] = entries.map((data, index) => ({
          id: `story-${index}`,
          kind: entryModel.kind,
          schemaVersion: entryModel.schemaVersion,
          createdAt: now,
          updatedAt: now,
          rev: '1-story',
          sortKey: entrySortKey(data),
          data,
        }));
        await adapter.importAll(records, { mode: 'merge' });
      }
      return opened;
    })();
    stores.set(namespace, store);
  }
  return store;
}

function faultyStore(): Promise<RecordStore> {
  const faults = new FaultInjectingAdapter(
    new IndexedDbAdapter({ namespace: 'storybook-journal-errors' }),
  );
  faults.fail('put', 'quota-exceeded');
  const store = new RecordStore(faults);
  return store.open().then(() => store);
}

const meta: Meta = {
  title: 'Tools/Hope journal',
  component: 'rk-hope-journal',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const journalOn = (store: RecordStore, options: { readonly?: boolean; theme?: 'dark' } = {}) =>
  html`<rk-hope-journal
    .store=${store}
    ?readonly=${options.readonly ?? false}
    theme=${ifDefined(options.theme)}
  ></rk-hope-journal>`;

export const FirstVisit: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-journal-first-visit') })],
  render: (_args, { loaded }) => journalOn(loaded.store as RecordStore),
};

export const AYearOfEntries: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-journal-year', yearOfEntries) })],
  render: (_args, { loaded }) => journalOn(loaded.store as RecordStore),
};

export const SearchResults: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-journal-search', yearOfEntries) })],
  render: (_args, { loaded }) => journalOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('rk-hope-journal')!;
    // The search box comes with the entries (their view loads once they are read).
    const input = await waitFor(() => {
      const found = el.shadowRoot!.querySelector<HTMLInputElement>('#search-text');
      if (!found) throw new Error('the entries are not shown yet');
      return found;
    });
    input.value = 'river';
    input.dispatchEvent(new Event('input'));
  },
};

export const ReadOnly: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-journal-readonly', yearOfEntries) })],
  render: (_args, { loaded }) => journalOn(loaded.store as RecordStore, { readonly: true }),
};

export const Dark: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-journal-dark', yearOfEntries) })],
  render: (_args, { loaded }) =>
    onDarkCanvas(journalOn(loaded.store as RecordStore, { theme: 'dark' })),
};

export const ErrorStates: Story = {
  name: 'Error states (saving fails: quota exceeded)',
  loaders: [async () => ({ store: await faultyStore() })],
  render: (_args, { loaded }) => journalOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    // Write and save, so the failure, the kept text and the retry are on screen.
    const el = canvasElement.querySelector('rk-hope-journal')!;
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#entry-body')!;
    body.value = 'A walk in the park, and it helped.';
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
