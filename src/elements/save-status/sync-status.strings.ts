import { message } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';

/** en-GB strings of the sync line under `<rk-save-status>` (section `sync-status`), shown only when the host set a sync URL. */
export const syncStatusStrings = {
  syncing: 'Copying your changes to the server…',
  synced: message(['time'], 'Synced with your other devices at {time}.'),
  offlineNothingWaiting: 'You are offline. Everything is saved on this device.',
  offline: plural('en-GB', {
    one: 'You are offline. {count} change will sync when you are back online.',
    other: 'You are offline. {count} changes will sync when you are back online.',
  }),
  signedOut: 'Sign in again to sync. Everything is still saved on this device.',
  failed: 'Could not sync just now, so it will try again soon. Everything is saved on this device.',
  keptBoth: plural('en-GB', {
    one: 'Something was changed on two devices at once. Both versions were kept: please take a look.',
    other:
      '{count} things were changed on two devices at once. Both versions were kept: please take a look.',
  }),
  /** Where the data is kept (DOMAIN: the person always sees who could read it). */
  whereSynced: message(
    ['organisation'],
    'Everything you write here is kept on this device and copied to {organisation}’s server, so your other devices can have it too. {organisation}’s staff could read it there.',
  ),
  whereSyncedEncrypted: message(
    ['organisation'],
    'Everything you write here is kept on this device and copied to {organisation}’s server, encrypted so that only you can read it.',
  ),
  /** Used for `{organisation}` when the host did not name one. */
  someOrganisation: 'the organisation that runs this site',
};

declare global {
  interface RkStringSections {
    'sync-status': typeof syncStatusStrings;
  }
}
