import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyEntry, entryModel } from '../src/core/entry.js';
import { createGoal, goalModel } from '../src/core/goal.js';
import { FaultInjectingAdapter } from '../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import '../src/elements/my-data/define.js';
import '../src/elements/goal-tracker/define.js';
import { whenShown } from './story-play.js';

const stores = new Map<string, Promise<RecordStore>>();

/** A few things a person might have written, added once when the store is empty. */
async function seed(store: RecordStore): Promise<void> {
  const goals = store.collection(goalModel);
  if ((await goals.count()) > 0) return;
  await goals.create(
    createGoal({ title: 'Go to the Tuesday walking group', chime: ['connectedness', 'hope'] }),
  );
  await goals.create(
    createGoal({ title: 'Cook a proper meal twice a week', chime: ['empowerment'] }),
  );
  await store.collection(entryModel).create({
    ...emptyEntry('2026-03-03', '2026-03-03T18:30:00.000Z'),
    body: 'A slow morning, then a good walk by the river.',
  });
}

/** The story's store on its own IndexedDB namespace, seeded once. */
function storeFor(namespace: string): Promise<RecordStore> {
  let store = stores.get(namespace);
  if (!store) {
    store = (async () => {
      const opened = new RecordStore(new IndexedDbAdapter({ namespace }));
      await opened.open();
      await seed(opened);
      return opened;
    })();
    stores.set(namespace, store);
  }
  return store;
}

/** A store holding a few things, where making a copy, bringing one back and erasing all fail. */
async function faultyStore(): Promise<RecordStore> {
  const adapter = new IndexedDbAdapter({ namespace: 'storybook-my-data-store-error' });
  const faults = new FaultInjectingAdapter(adapter);
  const store = new RecordStore(faults);
  await store.open();
  await seed(store);
  faults.fail('exportAll', 'unavailable');
  faults.fail('importAll', 'quota-exceeded');
  faults.fail('purgeAll', 'unavailable');
  return store;
}

const meta: Meta = {
  title: 'Tools/My data',
  component: 'rk-my-data',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Lets a person take their data away and bring it back: save a copy of everything as a file, bring a saved copy back (checked and described first, then merged), or erase everything after a plain warning. It uses the same store as the tools around it, and they refresh themselves after an import or an erase.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const myDataOn = (store: RecordStore, readonly = false) =>
  html`<rk-my-data .store=${store} ?readonly=${readonly}></rk-my-data>`;

export const Default: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-my-data') })],
  render: (_args, { loaded }) => myDataOn(loaded.store as RecordStore),
};

export const BesideAGoalTracker: Story = {
  name: 'Beside a goal tracker (bring a copy back or erase, and the goals follow)',
  loaders: [async () => ({ store: await storeFor('storybook-my-data-with-goals') })],
  render: (_args, { loaded }) =>
    html`<div style="display: grid; gap: 2rem">
      <rk-goal-tracker .store=${loaded.store as RecordStore}></rk-goal-tracker>
      ${myDataOn(loaded.store as RecordStore)}
    </div>`,
};

export const ReadOnly: Story = {
  name: 'Read-only (only "Save a copy")',
  loaders: [async () => ({ store: await storeFor('storybook-my-data-readonly') })],
  render: (_args, { loaded }) => myDataOn(loaded.store as RecordStore, true),
};

export const StoreError: Story = {
  name: 'Store error (the copy cannot be made)',
  loaders: [async () => ({ store: await faultyStore() })],
  render: (_args, { loaded }) => myDataOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    // Press "Save a copy", so the failure and "Try again" are on screen.
    const el = canvasElement.querySelector('rk-my-data')!;
    const button = await whenShown<HTMLButtonElement>(el, '#export');
    button.click();
  },
};
