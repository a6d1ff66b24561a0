import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/elements/provider/define.js';
import '../src/elements/goal-tracker/define.js';

/**
 * Where `npx recovery-kit-server --dev` listens by default (it allows Storybook's origin);
 * the preview's `?sync-url=` names another one (scripts/check-sync-story.mjs uses it).
 */
const DEV_SERVER = new URLSearchParams(location.search).get('sync-url') ?? 'http://127.0.0.1:8787';
/** The dev server takes `dev:<person-id>` as a token: both devices are the same person. */
const auth = () => 'dev:storybook-person';

async function serverRunning(): Promise<boolean> {
  try {
    return (await fetch(`${DEV_SERVER}/health`, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

const device = (label: string, namespace: string) =>
  html`<section aria-label=${label} class="device">
    <h2>${label}</h2>
    <rk-provider
      namespace=${namespace}
      sync-url=${DEV_SERVER}
      sync-organisation="the Storybook dev server"
      .auth=${auth}
    >
      <rk-goal-tracker heading-level="3"></rk-goal-tracker>
    </rk-provider>
  </section>`;

const meta: Meta = {
  title: 'Foundation/Sync between devices',
  parameters: {
    docs: {
      description: {
        component:
          'Two "devices" of one person side by side: each is a provider with its own IndexedDB database and its own sync client, both syncing to the dev server. Add or change a goal on one and it appears on the other; the save status says when each last synced. Start the server first with `npx recovery-kit-server --dev`.',
      },
    },
  },
};
export default meta;

export const TwoDevices: StoryObj = {
  name: 'Two devices, one person',
  render: () =>
    html`${until(
      serverRunning().then((running) =>
        running
          ? html`<style>
                .devices {
                  display: flex;
                  flex-wrap: wrap;
                  gap: 2rem;
                }
                .device {
                  flex: 1 1 20rem;
                  min-inline-size: 0;
                }
              </style>
              <div class="devices">
                ${device('Phone', 'storybook-sync-phone')}
                ${device('Laptop', 'storybook-sync-laptop')}
              </div>`
          : html`<p>
                The sync server is not running at <code>${DEV_SERVER}</code>, so there is nothing to
                show here yet. To try it:
              </p>
              <ol>
                <li>
                  Install PostgreSQL if you have not (Debian/Ubuntu:
                  <code>sudo apt-get install -y postgresql</code>).
                </li>
                <li>
                  In the repository, in a second terminal, run
                  <code>npx recovery-kit-server --dev</code> and leave it running (it prints
                  <code>sync server listening on http://127.0.0.1:8787</code>).
                </li>
                <li>Reload this page.</li>
              </ol>
              <p>
                The dev server allows Storybook on port 6006; on another port, add
                <code>--cors-origin ${location.origin}</code>.
              </p>`,
      ),
      html`<p>Looking for the sync server…</p>`,
    )}`,
};
