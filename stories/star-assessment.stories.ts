import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEFAULT_AREA_SET, type AreaSetInput, type LifeArea } from '../src/core/life-areas.js';
import type { RecordEnvelope } from '../src/core/record.js';
import {
  emptyReading,
  readingModel,
  type Reading,
  type ReadingAuthor,
} from '../src/core/reading.js';
import { FaultInjectingAdapter } from '../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import '../src/elements/star-assessment/define.js';
import { whenShown } from './story-play.js';
import { onDarkCanvas } from './dark-canvas.js';

/** Scores for the default areas, in their order. */
function scores(...values: number[]): Record<string, number> {
  return Object.fromEntries(DEFAULT_AREA_SET.areas.map((area, i) => [area.key, values[i]]));
}

function reading(
  takenAt: string,
  values: number[],
  extra: Partial<Reading> = {},
  by?: ReadingAuthor,
): Reading {
  return { ...emptyReading(DEFAULT_AREA_SET, takenAt, by), scores: scores(...values), ...extra };
}

/** A year of readings: the person's own every few months. */
function ownHistory(): Reading[] {
  return [
    reading('2026-01-14', [3, 4, 5, 2, 3, 4, 3, 3], {
      notes: { hope: 'A hard winter.' },
      focusAreas: ['money', 'hope'],
    }),
    reading('2026-04-22', [4, 5, 6, 3, 4, 5, 4, 5], {
      notes: { money: 'Sorted the bills with help.' },
    }),
    reading('2026-07-30', [5, 5, 7, 4, 6, 6, 5, 6], { focusAreas: ['activity', 'self'] }),
    reading('2026-10-28', [6, 6, 7, 5, 6, 7, 6, 7], {
      notes: { activity: 'Started volunteering on Thursdays.' },
    }),
  ];
}

/** The person's own reading and their key worker's reading of the same week. */
function withSupporter(): Reading[] {
  return [
    reading('2026-07-30', [5, 5, 7, 4, 6, 6, 5, 6]),
    reading('2026-10-28', [6, 6, 7, 5, 6, 7, 6, 7], { focusAreas: ['money'] }),
    reading(
      '2026-10-29',
      [6, 5, 8, 4, 7, 7, 7, 7],
      { notes: { self: 'More sure of yourself in meetings.' } },
      {
        role: 'supporter',
        name: 'Sam, key worker',
      },
    ),
  ];
}

/** An organisation's own areas (as it may hold its own licence for its own wording). */
const OUR_AREAS: AreaSetInput = {
  id: 'riverside-housing-v2',
  areas: [
    {
      key: 'tenancy',
      label: 'Keeping my tenancy',
      description: 'Rent, repairs and getting on with neighbours.',
    },
    { key: 'health', label: 'Looking after my health' },
    {
      key: 'skills',
      label: 'Everyday skills',
      description: 'Cooking, shopping, managing the home.',
    },
    { key: 'people', label: 'People around me' },
    { key: 'plans', label: 'Plans for the future' },
  ],
  anchors: [
    { from: 1, to: 2, label: 'Need a lot of help' },
    { from: 9, to: 10, label: 'Doing this myself' },
  ],
};

function customAreaReadings(): Reading[] {
  const set = {
    id: 'riverside-housing-v2',
    areas: (OUR_AREAS as { areas: LifeArea[] }).areas,
    anchors: [],
  };
  return [
    {
      ...emptyReading(set, '2026-05-02'),
      scores: { tenancy: 4, health: 5, skills: 3, people: 6, plans: 4 },
    },
    {
      ...emptyReading(set, '2026-09-12'),
      scores: { tenancy: 6, health: 5, skills: 5, people: 7, plans: 6 },
    },
  ];
}

function envelope(id: string, data: unknown, index: number): RecordEnvelope {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const takenAt = (data as { takenAt?: unknown }).takenAt;
  return {
    id,
    kind: readingModel.kind,
    schemaVersion: readingModel.schemaVersion,
    createdAt: at,
    updatedAt: at,
    rev: '1-story',
    sortKey: typeof takenAt === 'string' ? takenAt : at,
    data,
  };
}

const stores = new Map<string, Promise<{ store: RecordStore; faults: FaultInjectingAdapter }>>();

/** The story's store on its own IndexedDB namespace, seeded once when empty. */
function storeFor(namespace: string, seed: () => unknown[] = () => []) {
  let entry = stores.get(namespace);
  if (!entry) {
    entry = (async () => {
      const adapter = new IndexedDbAdapter({ namespace });
      const faults = new FaultInjectingAdapter(adapter);
      const store = new RecordStore(faults);
      await store.open();
      const records = seed().map((data, i) => envelope(`story-reading-${i}`, data, i));
      if (records.length && (await store.collection(readingModel).count()) === 0) {
        await adapter.importAll(records, { mode: 'merge' });
      }
      return { store, faults };
    })();
    stores.set(namespace, entry);
  }
  return entry;
}

const meta: Meta = {
  title: 'Tools/Life areas (star chart)',
  component: 'rk-star-assessment',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

interface Options {
  readonly?: boolean;
  theme?: 'dark';
  areas?: AreaSetInput;
  show?: string;
}

const assessmentOn = (store: RecordStore, options: Options = {}) =>
  html`<rk-star-assessment
    .store=${store}
    .areas=${options.areas ?? DEFAULT_AREA_SET}
    ?readonly=${options.readonly ?? false}
    theme=${ifDefined(options.theme)}
    show=${ifDefined(options.show)}
  ></rk-star-assessment>`;

const load = (namespace: string, seed?: () => unknown[]) => async () => ({
  ...(await storeFor(namespace, seed)),
});

export const FirstReading: Story = {
  name: 'First reading (nothing saved yet)',
  loaders: [load('storybook-star-first')],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
};

export const History: Story = {
  name: 'History of several readings',
  loaders: [load('storybook-star-history', ownHistory)],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
};

export const Comparison: Story = {
  name: 'Comparison (three readings on one chart)',
  loaders: [load('storybook-star-compare', ownHistory)],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('rk-star-assessment');
    if (!el) return;
    // Tick the two older readings beside the newest, as a person would.
    const picker = await whenShown(el, '.picker');
    const boxes = [...picker.querySelectorAll<HTMLInputElement>('input')];
    for (const box of boxes.slice(1, 3)) if (!box.checked) box.click();
  },
};

export const ChosenByHost: Story = {
  name: 'The host chooses what is shown first (show="latest first")',
  loaders: [load('storybook-star-show', ownHistory)],
  args: { show: 'latest first' },
  argTypes: {
    show: {
      control: 'text',
      description:
        'Up to three of latest, previous, first, supporter, or ids of saved readings (story-reading-0 to story-reading-3 here).',
    },
  },
  render: (args, { loaded }) =>
    assessmentOn(loaded.store as RecordStore, { show: args.show as string | undefined }),
};

export const SupporterReading: Story = {
  name: 'A supporter’s reading beside the person’s own',
  loaders: [load('storybook-star-supporter', withSupporter)],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
};

export const CustomAreas: Story = {
  name: 'An organisation’s own areas and scale words',
  loaders: [load('storybook-star-custom', customAreaReadings)],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore, { areas: OUR_AREAS }),
};

export const ReadOnly: Story = {
  name: 'Read-only',
  loaders: [load('storybook-star-readonly', withSupporter)],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore, { readonly: true }),
};

export const DarkTheme: Story = {
  loaders: [load('storybook-star-dark', ownHistory)],
  render: (_args, { loaded }) =>
    onDarkCanvas(assessmentOn(loaded.store as RecordStore, { theme: 'dark' })),
};

export const StoreError: Story = {
  name: 'Error: saving fails (storage full)',
  loaders: [
    async () => {
      const { store, faults } = await storeFor('storybook-star-store-error', withSupporter);
      faults.fail('put', 'quota-exceeded');
      faults.fail('remove', 'quota-exceeded');
      return { store };
    },
  ],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
};

export const InvalidAreaSet: Story = {
  name: 'Error: the host’s area set has problems',
  loaders: [load('storybook-star-bad-areas')],
  render: (_args, { loaded }) =>
    assessmentOn(loaded.store as RecordStore, {
      areas: [
        { key: 'sleep', label: 'Sleep' },
        { key: 'sleep', label: 'Rest' },
        { key: '', label: 'Food' },
      ],
    }),
};

export const StoredDataProblems: Story = {
  name: 'Error: stored scores out of range or for unknown areas',
  loaders: [
    load('storybook-star-odd-data', () => [
      reading('2026-07-30', [5, 5, 7, 4, 6, 6, 5, 6]),
      {
        ...reading('2026-10-28', [6, 6, 7, 5, 6, 7, 6, 7]),
        scores: { ...scores(6, 6, 7, 5, 6, 7, 6, 7), wellbeing: 14, garden: 5 },
      },
    ]),
  ],
  render: (_args, { loaded }) => assessmentOn(loaded.store as RecordStore),
};
