import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CHIME_KEYS } from '../src/core/chime.js';
import {
  createGoal,
  goalModel,
  GOAL_STATUSES,
  type Goal,
  type GoalDraft,
} from '../src/core/goal.js';
import type { RecordEnvelope } from '../src/core/record.js';
import { FaultInjectingAdapter } from '../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import '../src/elements/goal-tracker/define.js';
import { whenShown } from './story-play.js';
import { onDarkCanvas } from './dark-canvas.js';

const step = (id: string, text: string, done = false) => ({
  id,
  text,
  done,
  doneAt: done ? '2026-10-01T09:00:00.000Z' : null,
});

/** A few goals a person might really have, in plain words. */
function fewGoals(): Goal[] {
  const drafts: GoalDraft[] = [
    {
      title: 'Go to the Tuesday walking group',
      chime: ['connectedness', 'hope'],
      why: 'I feel less alone when I am outside with other people.',
      strengths: 'I like being outdoors. I am a good listener.',
      steps: [
        step('w1', 'Find out where they meet', true),
        step('w2', 'Ask my sister to come the first time', true),
        step('w3', 'Go along once'),
      ],
      barriers: [
        { text: 'Feeling anxious on the morning', plan: 'Text my sister and go together' },
      ],
      supporters: ['My sister', 'Peer support worker'],
      reviewOn: '2027-02-01',
    },
    {
      title: 'Cook a proper meal twice a week',
      chime: ['empowerment'],
      status: 'paused',
      steps: [step('c1', 'Write a short shopping list'), step('c2', 'Try one new recipe')],
      notes: 'Paused while I move flat. Back to it in the spring.',
    },
    {
      title: 'Finish the pottery course',
      chime: ['identity', 'meaning'],
      status: 'achieved',
      why: 'Making things reminds me I am more than my diagnosis.',
      steps: [step('p1', 'Sign up', true), step('p2', 'Go every week', true)],
    },
  ];
  return drafts.map(createGoal);
}

/** Goals whose review date has come (and one still to come). */
function reviewDueGoals(): Goal[] {
  return [
    createGoal({
      title: 'Look into volunteering at the food bank',
      chime: ['meaning'],
      reviewOn: '2026-01-10',
    }),
    createGoal({
      title: 'Phone an old friend',
      chime: ['connectedness'],
      reviewOn: '2026-03-01',
      status: 'paused',
    }),
    createGoal({ title: 'Plan a day trip', chime: ['hope'], reviewOn: '2099-06-01' }),
  ];
}

/** Eighty goals across every process and status. */
function manyGoals(): Goal[] {
  return Array.from({ length: 80 }, (_, i) =>
    createGoal({
      title: `Goal ${i + 1}: one small thing I would like to do`,
      chime: [CHIME_KEYS[i % 5]],
      status: GOAL_STATUSES[i % 4],
      steps: Array.from({ length: i % 4 }, (_, j) =>
        step(`m${i}-${j}`, `Step ${j + 1}`, j < i % 3),
      ),
      reviewOn: i % 7 === 0 ? '2026-01-01' : null,
    }),
  );
}

const stores = new Map<string, Promise<RecordStore>>();

function envelope(
  id: string,
  data: unknown,
  index: number,
  schemaVersion = goalModel.schemaVersion,
): RecordEnvelope {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id,
    kind: goalModel.kind,
    schemaVersion,
    createdAt: at,
    updatedAt: at,
    rev: '1-story',
    data,
  };
}

/** The story's store on its own IndexedDB namespace, seeded once when empty. */
function storeFor(
  namespace: string,
  seed: () => RecordEnvelope[] = () => [],
): Promise<RecordStore> {
  let store = stores.get(namespace);
  if (!store) {
    store = (async () => {
      const adapter = new IndexedDbAdapter({ namespace });
      const opened = new RecordStore(adapter);
      await opened.open();
      const records = seed();
      if (records.length && (await opened.collection(goalModel).count()) === 0) {
        await adapter.importAll(records, { mode: 'merge' });
      }
      return opened;
    })();
    stores.set(namespace, store);
  }
  return store;
}

const seeded = (goals: () => Goal[]) => () =>
  goals().map((goal, i) => envelope(`story-goal-${i}`, goal, i));

/** A store whose saves all fail with "storage full", holding a few goals to edit. */
async function faultyStore(): Promise<RecordStore> {
  const adapter = new IndexedDbAdapter({ namespace: 'storybook-goals-store-error' });
  const faults = new FaultInjectingAdapter(adapter);
  const store = new RecordStore(faults);
  await store.open();
  if ((await store.collection(goalModel).count()) === 0)
    await adapter.importAll(seeded(fewGoals)(), { mode: 'merge' });
  faults.fail('put', 'quota-exceeded');
  faults.fail('remove', 'quota-exceeded');
  return store;
}

const meta: Meta = {
  title: 'Tools/Goal tracker',
  component: 'rk-goal-tracker',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const trackerOn = (store: RecordStore, options: { readonly?: boolean; theme?: 'dark' } = {}) =>
  html`<rk-goal-tracker
    .store=${store}
    ?readonly=${options.readonly ?? false}
    theme=${ifDefined(options.theme)}
  ></rk-goal-tracker>`;

export const Empty: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-goals-empty') })],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore),
};

export const AFewGoals: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-goals-few', seeded(fewGoals)) })],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore),
};

export const ManyGoals: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-goals-many', seeded(manyGoals)) })],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore),
};

export const ReviewDue: Story = {
  loaders: [
    async () => ({ store: await storeFor('storybook-goals-review-due', seeded(reviewDueGoals)) }),
  ],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore),
};

export const ReadOnly: Story = {
  name: 'Read-only (and a goal saved by a newer version)',
  loaders: [
    async () => ({
      store: await storeFor('storybook-goals-readonly', () => [
        ...seeded(fewGoals)(),
        envelope(
          'story-goal-newer',
          { title: 'A goal from a newer version', chime: ['hope'], mood: 'new' },
          9,
          99,
        ),
      ]),
    }),
  ],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore, { readonly: true }),
};

export const DarkTheme: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-goals-dark', seeded(fewGoals)) })],
  render: (_args, { loaded }) =>
    onDarkCanvas(trackerOn(loaded.store as RecordStore, { theme: 'dark' })),
};

export const StoreError: Story = {
  name: 'Store error (saving fails: storage full)',
  loaders: [async () => ({ store: await faultyStore() })],
  render: (_args, { loaded }) => trackerOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    // Write a goal and add it, so the failure, the kept text and the retry are on screen.
    const el = canvasElement.querySelector('rk-goal-tracker')!;
    const form = await whenShown<HTMLFormElement>(el, '[part="add-form"]');
    const title = form.querySelector<HTMLInputElement>('#title-new')!;
    title.value = 'Walk to the park on Saturday';
    title.dispatchEvent(new Event('input'));
    form.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
