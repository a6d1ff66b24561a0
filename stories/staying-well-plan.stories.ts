import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PLAN_RECORD_ID, planModel, type Plan } from '../src/core/plan.js';
import type { PlanSectionConfig } from '../src/core/plan-sections.js';
import { FaultInjectingAdapter } from '../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import '../src/elements/staying-well-plan/define.js';
import { whenShown } from './story-play.js';
import { onDarkCanvas } from './dark-canvas.js';

const lines = (key: string, texts: string[]) =>
  texts.map((text, i) => ({ id: `${key}-${i}`, text }));

/** A plan filled in the way a person might, in plain words. */
const FULL_PLAN: Plan = {
  template: 'staying-well',
  sections: {
    well: {
      items: lines('well', [
        'I get up by eight and open the curtains',
        'I text my sister most days',
        'I walk to the shop rather than getting the bus',
      ]),
      notes: 'When I am well I am chatty, I cook properly and I enjoy the allotment.',
    },
    helps: {
      items: lines('helps', [
        'Time at the allotment',
        'Music on headphones',
        'Tea with Sam on Sundays',
        'Writing things down',
      ]),
      notes: '',
    },
    unsettles: {
      items: lines('unsettles', [
        'Letters about benefits: open them with Sam',
        'Anniversaries in March: plan something gentle',
      ]),
      notes: '',
    },
    'early-signs': {
      items: lines('early', ['Sleeping much later', 'Not answering my phone', 'Skipping meals']),
      notes: 'Sam usually notices before I do. I have asked them to tell me kindly.',
    },
    harder: {
      items: lines('harder', ['Please check in with me every day', 'Help me keep appointments']),
      notes: '',
    },
    crisis: {
      items: lines('crisis', [
        'What helps: a calm voice, a quiet room',
        'What does not help: lots of questions at once',
        'Please ask my neighbour to feed the cat',
        'I would prefer to be treated at home if possible',
      ]),
      notes: '',
    },
    'after-crisis': {
      items: lines('after', [
        'A slow return to work, a few hours at first',
        'A walk with Sam each day',
      ]),
      notes: '',
    },
    contacts: { items: [], notes: 'Call Sam first, then my care coordinator.' },
  },
  contacts: [
    {
      id: 'sam',
      kind: 'person',
      name: 'Sam',
      relationship: 'Sister',
      phone: '07700 900123',
      email: 'sam@example.org',
      when: 'Any time, especially evenings',
    },
    {
      id: 'lee',
      kind: 'professional',
      name: 'Dr Lee',
      relationship: 'Care coordinator',
      phone: '020 7946 0000',
      email: '',
      when: 'Weekdays, 9 to 5',
    },
  ],
  reviewedAt: '2026-02-01T10:00:00.000Z',
};

const SAFETY_PLAN: Plan = {
  template: 'safety',
  sections: {
    'warning-signs': {
      items: lines('signs', ['Feeling that nothing will change', 'Staying in my room all day']),
      notes: '',
    },
    'on-my-own': {
      items: lines('own', ['Slow breathing for five minutes', 'A hot shower', 'My playlist']),
      notes: '',
    },
    distractions: {
      items: lines('places', ['The library café', 'Walking the dog with Jo']),
      notes: '',
    },
    'ask-for-help': { items: lines('ask', ['Sam (sister)', 'Jo (friend)']), notes: '' },
    'safer-surroundings': {
      items: lines('safer', ['Ask Sam to stay over when things feel hard']),
      notes: '',
    },
  },
  contacts: [
    {
      id: 'team',
      kind: 'professional',
      name: 'Community team',
      relationship: 'Duty worker',
      phone: '0161 496 0000',
      email: '',
      when: 'Weekdays, 9 to 5',
    },
  ],
  reviewedAt: null,
};

const stores = new Map<string, Promise<RecordStore>>();

/** The story's store on its own IndexedDB namespace, seeded once with `plan` when empty. */
function storeFor(namespace: string, plan?: Plan): Promise<RecordStore> {
  let store = stores.get(namespace);
  if (!store) {
    store = (async () => {
      const opened = new RecordStore(new IndexedDbAdapter({ namespace }));
      await opened.open();
      const plans = opened.collection(planModel);
      if (plan && !(await plans.get(PLAN_RECORD_ID)))
        await plans.create(plan, { id: PLAN_RECORD_ID });
      return opened;
    })();
    stores.set(namespace, store);
  }
  return store;
}

/** A store whose saves fail (quota exceeded), with a filled plan to type into. */
async function failingStore(): Promise<RecordStore> {
  const seeded = await storeFor('storybook-plan-errors-saving', FULL_PLAN);
  const faults = new FaultInjectingAdapter(seeded.adapter);
  faults.fail('put', 'quota-exceeded');
  const store = new RecordStore(faults);
  await store.open();
  return store;
}

/** A store holding a plan written by a newer version of the library (shown read-only). */
async function newerVersionStore(): Promise<RecordStore> {
  const store = await storeFor('storybook-plan-errors-newer');
  if (!(await store.adapter.get(planModel.kind, PLAN_RECORD_ID))) {
    const now = new Date().toISOString();
    await store.adapter.put(
      {
        id: PLAN_RECORD_ID,
        kind: planModel.kind,
        schemaVersion: planModel.schemaVersion + 1,
        createdAt: now,
        updatedAt: now,
        data: FULL_PLAN,
      },
      null,
    );
  }
  return store;
}

const CUSTOM_SECTIONS: PlanSectionConfig[] = [
  {
    key: 'well',
    title: 'Me at my best',
    prompt: 'What are you like, and what do you do, on a good week?',
  },
  {
    key: 'faith',
    title: 'Faith and community',
    prompt: 'What in your faith or community gives you strength?',
  },
  { key: 'harder', hidden: true },
  { key: 'contacts', title: 'People to call' },
];

const meta: Meta = {
  title: 'Tools/Staying-well plan',
  component: 'rk-staying-well-plan',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

interface PlanOptions {
  readonly?: boolean;
  theme?: 'dark';
  template?: 'staying-well' | 'safety';
  sections?: PlanSectionConfig[];
  headingLevel?: number;
}

const planOn = (store: RecordStore, o: PlanOptions = {}) =>
  html`<rk-staying-well-plan
    .store=${store}
    .sections=${o.sections}
    template=${o.template ?? 'staying-well'}
    heading-level=${o.headingLevel ?? 2}
    theme=${ifDefined(o.theme)}
    ?readonly=${o.readonly ?? false}
  ></rk-staying-well-plan>`;

export const EmptyPlan: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-plan-empty') })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore),
};

export const FullPlan: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-plan-full', FULL_PLAN) })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore),
};

export const SafetyPlanTemplate: Story = {
  name: 'Safety-plan template',
  loaders: [async () => ({ store: await storeFor('storybook-plan-safety', SAFETY_PLAN) })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore, { template: 'safety' }),
};

export const ReadOnly: Story = {
  name: 'Read-only (a supporter’s view)',
  loaders: [async () => ({ store: await storeFor('storybook-plan-readonly', FULL_PLAN) })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore, { readonly: true }),
};

export const CustomSections: Story = {
  name: 'Custom sections (renamed, added, hidden, reordered)',
  loaders: [async () => ({ store: await storeFor('storybook-plan-custom', FULL_PLAN) })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore, { sections: CUSTOM_SECTIONS }),
};

export const Dark: Story = {
  loaders: [async () => ({ store: await storeFor('storybook-plan-dark', FULL_PLAN) })],
  render: (_args, { loaded }) =>
    onDarkCanvas(planOn(loaded.store as RecordStore, { theme: 'dark' })),
};

export const ErrorSavingFails: Story = {
  name: 'Error state: saving fails',
  loaders: [async () => ({ store: await failingStore() })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore),
  play: async ({ canvasElement }) => {
    // Type into the first notes box; the autosave fails, so the failure and retry show.
    const el = canvasElement.querySelector('rk-staying-well-plan')!;
    const notes = await whenShown<HTMLTextAreaElement>(el, 'textarea');
    notes.value = 'A good day: up early, a walk, tea with Sam.';
    notes.dispatchEvent(new Event('input'));
  },
};

export const ErrorNewerVersion: Story = {
  name: 'Error state: a plan saved by a newer version (read-only)',
  loaders: [async () => ({ store: await newerVersionStore() })],
  render: (_args, { loaded }) => planOn(loaded.store as RecordStore),
};
