import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CrisisContact } from '../src/core/crisis-contacts.js';
import '../src/elements/crisis-help/define.js';
import '../src/elements/provider/define.js';
import { onDarkCanvas } from './dark-canvas.js';

/** A host organisation's own contacts. */
const charityContacts: CrisisContact[] = [
  {
    name: 'Our support line',
    purpose: 'Talk to someone from our team about how you are feeling.',
    href: 'tel:+441234567890',
    linkText: 'Call 01234 567 890',
    availability: 'Monday to Friday, 9am to 5pm.',
  },
  {
    name: 'Email our team',
    purpose: 'Write to us if talking on the phone is hard.',
    href: 'mailto:support@example.org',
    linkText: 'Email support@example.org',
    availability: 'We reply within two working days.',
  },
  {
    name: 'Samaritans',
    purpose: 'Talk to someone about whatever is on your mind, any time.',
    href: 'tel:116123',
    linkText: 'Call 116 123',
    availability: 'Free, any time, day or night.',
  },
];

/** One contact with a `javascript:` URL: it is shown as text, without a link, and the console says why. */
const unsafeContacts: CrisisContact[] = [
  {
    name: 'A contact with an unsafe link',
    purpose: 'Its URL uses the javascript: scheme, so no link is made.',
    // eslint-disable-next-line no-script-url -- the story shows that such a URL is refused
    href: 'javascript:alert("this never runs")',
    linkText: 'Call 0800 000 000',
  },
  {
    name: 'A contact with a data: link',
    purpose: 'data: URLs are refused too.',
    href: 'data:text/html,<p>never shown</p>',
    linkText: 'Open',
  },
  ...charityContacts.slice(2),
];

const meta: Meta = {
  title: 'Foundation/Crisis help',
  component: 'rk-crisis-help',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The same "Need help now?" button in the same place in every tool. It opens a panel in place (not a dialog): Tab moves through the contacts, Escape closes it and puts focus back on the button. Contacts are configuration: `.contacts`, the provider\'s `crisisContacts`, or the UK defaults.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  render: () => html`<rk-crisis-help></rk-crisis-help>`,
};

export const Open: Story = {
  render: () => html`<rk-crisis-help open></rk-crisis-help>`,
};

export const CustomContacts: Story = {
  name: 'Custom contacts',
  render: () => html`<rk-crisis-help open .contacts=${charityContacts}></rk-crisis-help>`,
};

export const UnsafeUrlRefused: Story = {
  name: 'Unsafe URL refused',
  parameters: {
    docs: {
      description: {
        story:
          'The first two contacts have `javascript:` and `data:` URLs. They are shown without a link, and `console.warn` explains why. Only `https:`, `tel:`, `sms:` and `mailto:` links are ever made.',
      },
    },
  },
  render: () => html`<rk-crisis-help open .contacts=${unsafeContacts}></rk-crisis-help>`,
};

export const Dark: Story = {
  render: () => onDarkCanvas(html`<rk-crisis-help open theme="dark"></rk-crisis-help>`),
};

export const FromProvider: Story = {
  name: 'Contacts and words from a provider',
  render: () =>
    html`<rk-provider
      storage="memory"
      namespace="storybook-crisis-help-provider"
      .crisisContacts=${charityContacts}
      .strings=${{ 'crisis-help': { toggle: 'Need to talk to someone?' } }}
    >
      <rk-crisis-help open></rk-crisis-help>
    </rk-provider>`,
};
