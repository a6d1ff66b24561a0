import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CrisisContact } from '../src/core/crisis-contacts.js';
import '../src/elements/provider/define.js';
import '../src/elements/crisis-help/define.js';
import '../src/elements/goal-tracker/define.js';

const contacts: CrisisContact[] = [
  {
    name: 'Our support line',
    purpose: 'Talk to someone from our team about how you are feeling.',
    href: 'tel:+441234567890',
    linkText: 'Call 01234 567 890',
    availability: 'Monday to Friday, 9am to 5pm.',
  },
  {
    name: 'Samaritans',
    purpose: 'Talk to someone about whatever is on your mind, any time.',
    href: 'tel:116123',
    linkText: 'Call 116 123',
    availability: 'Free, any time, day or night.',
  },
];

const meta: Meta = {
  title: 'Foundation/Provider',
  component: 'rk-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Optional. Shares one store (one per namespace per page), the locale, crisis contacts and string overrides with every recovery-kit element inside it, through `@lit/context`. It takes no space of its own (`display: contents`). An element's own attributes and `.store` win over it.",
      },
    },
  },
  argTypes: {
    storage: { control: 'select', options: ['indexeddb', 'localstorage', 'memory'] },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
  },
  args: { storage: 'indexeddb', theme: 'auto' },
};
export default meta;

type Story = StoryObj;

export const CustomNamespaceAndContacts: Story = {
  name: 'Custom namespace and contacts',
  parameters: {
    docs: {
      description: {
        story:
          'A tool inside a provider with the namespace `storybook-provider`: what you write is kept in IndexedDB under that namespace (reload to see it again), and "Need help now?" lists the provider\'s contacts.',
      },
    },
  },
  render: (args) =>
    html`<rk-provider
      namespace="storybook-provider"
      storage=${args.storage}
      theme=${args.theme}
      .crisisContacts=${contacts}
    >
      <rk-goal-tracker></rk-goal-tracker>
    </rk-provider>`,
};

export const NothingKept: Story = {
  name: 'Memory only (nothing kept)',
  render: () =>
    html`<rk-provider namespace="storybook-provider-memory" storage="memory">
      <rk-goal-tracker></rk-goal-tracker>
    </rk-provider>`,
};

export const StringOverrides: Story = {
  name: 'Host wording through the provider',
  render: () =>
    html`<rk-provider
      namespace="storybook-provider-strings"
      .strings=${{
        'crisis-help': { toggle: 'Need to talk to someone?' },
        'save-status': { whereQuestion: 'Who can see what I write?' },
      }}
    >
      <rk-crisis-help></rk-crisis-help>
      <rk-goal-tracker></rk-goal-tracker>
    </rk-provider>`,
};
