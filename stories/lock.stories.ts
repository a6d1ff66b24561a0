import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/lock/define.js';
import '../src/elements/provider/define.js';
import '../src/elements/hope-journal/define.js';
import { EncryptedAdapter } from '../src/storage/encrypted-adapter.js';
import { MemoryAdapter } from '../src/storage/memory-adapter.js';

const meta: Meta = {
  title: 'Foundation/Lock',
  component: 'rk-lock',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One calm unlock screen in front of encrypted data. `<rk-provider encryption="passphrase">` puts one around its tools by itself; on its own it takes an `EncryptedAdapter` as `.adapter`. The first time it asks for a passphrase and shows the recovery code once; after that it asks for the passphrase, or the recovery code and a new one. It locks after `lock-after` minutes without activity (15 by default) and every tab locks together.',
      },
    },
  },
  argTypes: { lockAfter: { control: 'number' } },
  args: { lockAfter: 15 },
};
export default meta;

type Story = StoryObj<{ lockAfter: number }>;

/** The first visit: choose a passphrase (kept in memory only in this story). */
export const FirstTime: Story = {
  render: (args) =>
    html`<rk-lock .adapter=${new EncryptedAdapter(new MemoryAdapter())} lock-after=${args.lockAfter}
      ><p>What you wrote would be here.</p></rk-lock
    >`,
};

/** A later visit: the passphrase is "a calm harbour at dusk". */
export const Locked: Story = {
  loaders: [
    async () => {
      const adapter = new EncryptedAdapter(new MemoryAdapter(), { namespace: 'storybook-lock' });
      await adapter.create('a calm harbour at dusk');
      adapter.lock();
      return { adapter };
    },
  ],
  render: (args, { loaded }) =>
    html`<rk-lock .adapter=${loaded.adapter as EncryptedAdapter} lock-after=${args.lockAfter}
      ><p>What you wrote would be here.</p></rk-lock
    >`,
};

/** A journal inside an encrypting provider, saving to IndexedDB (`storybook-lock-journal`). */
export const WithProvider: Story = {
  render: (args) =>
    html`<rk-provider
      encryption="passphrase"
      namespace="storybook-lock-journal"
      lock-after=${args.lockAfter}
    >
      <rk-hope-journal></rk-hope-journal>
    </rk-provider>`,
};
