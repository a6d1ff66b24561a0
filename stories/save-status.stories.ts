import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RkSaveStatus } from '../src/elements/save-status/rk-save-status.js';
import '../src/elements/save-status/define.js';
import { onDarkCanvas } from './dark-canvas.js';

const meta: Meta = {
  title: 'Foundation/Save status',
  component: 'rk-save-status',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One calm line saying where the person\'s data is kept and what happened to the last save. Every tool shows it in its header, fed by its `StoreController`. Only a failed save, the first save and "nothing will be kept" are announced to screen readers.',
      },
    },
  },
  argTypes: {
    state: { control: 'select', options: ['connecting', 'ready', 'saving', 'saved', 'error'] },
    durability: { control: 'select', options: ['persistent', 'best-effort', 'memory'] },
    adapter: { control: 'select', options: ['indexeddb', 'localstorage', 'memory', 'remote'] },
    partitioned: { control: 'boolean' },
    errorCode: {
      control: 'select',
      options: [
        'unavailable',
        'quota-exceeded',
        'conflict',
        'corrupt',
        'version-too-new',
        'offline',
      ],
    },
  },
  args: {
    state: 'saved',
    durability: 'best-effort',
    adapter: 'indexeddb',
    partitioned: false,
    errorCode: 'quota-exceeded',
  },
  render: (args) =>
    html`<rk-save-status
      state=${args.state}
      durability=${args.durability}
      adapter=${args.adapter}
      ?partitioned=${args.partitioned}
      error-code=${args.errorCode}
      .savedAt=${new Date(2026, 2, 14, 14, 32)}
    ></rk-save-status>`,
};
export default meta;

type Story = StoryObj;

export const Connecting: Story = { args: { state: 'connecting' } };
export const Ready: Story = { args: { state: 'ready' } };
export const Saving: Story = { args: { state: 'saving' } };
export const Saved: Story = { args: { state: 'saved' } };
export const SavedAndKept: Story = {
  name: 'Saved (browser agreed to keep it)',
  args: { state: 'saved', durability: 'persistent' },
};
export const NotKept: Story = {
  name: 'Not kept (memory only)',
  args: { state: 'saved', durability: 'memory', adapter: 'memory' },
};
export const InsideAnotherSite: Story = {
  name: 'Inside another site (partitioned)',
  args: { state: 'saved', partitioned: true },
};
export const Error: Story = {
  name: 'Not saved: device full',
  args: { state: 'error', errorCode: 'quota-exceeded' },
};
export const ErrorThenRetry: Story = {
  name: 'Not saved, then "Try again" works',
  parameters: {
    docs: {
      description: {
        story:
          '"Try again" fires `rk-retry-requested`; in a tool, its `StoreController` runs the failed save again. Here the story answers it: saving, then saved.',
      },
    },
  },
  render: () => {
    const retry = (event: Event) => {
      const status = event.currentTarget as RkSaveStatus;
      status.state = 'saving';
      setTimeout(() => {
        status.savedAt = new Date();
        status.state = 'saved';
      }, 600);
    };
    return html`<rk-save-status
      state="error"
      error-code="offline"
      adapter="indexeddb"
      durability="best-effort"
      @rk-retry-requested=${retry}
    ></rk-save-status>`;
  },
};
export const Dark: Story = {
  args: { state: 'error', errorCode: 'unavailable' },
  render: (args) =>
    onDarkCanvas(
      html`<rk-save-status
        theme="dark"
        state=${args.state}
        error-code=${args.errorCode}
        adapter="indexeddb"
      ></rk-save-status>`,
    ),
};
