import type { StorageErrorCode } from '../../storage/storage-error.js';

/**
 * en-GB strings of `<rk-save-status>` (section `save-status`). Keys named after a
 * `StorageErrorCode` are the plain reason shown in "Not saved yet: <reason>".
 */
export const saveStatusStrings: Record<StorageErrorCode, string> & {
  connecting: string;
  ready: string;
  readyElsewhere: string;
  saving: string;
  unsaved: string;
  savedOnDevice: (time: string) => string;
  savedElsewhere: (time: string) => string;
  firstSaveAnnouncement: string;
  notSaved: (reason: string) => string;
  tryAgain: string;
  memory: string;
  partitioned: string;
  lost: string;
  whereQuestion: string;
  whereOnDevice: string;
  whereElsewhere: string;
  whereMemory: string;
  whereBestEffort: string;
  wherePersistent: string;
} = {
  connecting: 'Opening your saved work…',
  ready: 'What you write here is saved on this device.',
  readyElsewhere: 'What you write here is saved by this site.',
  saving: 'Saving…',
  unsaved: 'Not saved yet.',
  savedOnDevice: (time) => `Saved on this device at ${time}.`,
  savedElsewhere: (time) => `Saved at ${time}.`,
  firstSaveAnnouncement: 'Saved.',
  notSaved: (reason) => `Not saved yet: ${reason} Your writing is still here.`,
  tryAgain: 'Try again',
  memory: 'This browser is not keeping your data, so it will be gone when you close the page.',
  partitioned: 'This page is inside another site, so your browser may clear what you write here.',
  lost: 'Your browser cleared what was saved here, so what is on screen is being saved again.',
  whereQuestion: 'Where is my data kept?',
  whereOnDevice:
    'Everything you write here stays in this browser, on this device. It is not sent anywhere, and the people who run this site cannot see it.',
  whereElsewhere: 'What you write here is kept by the service that runs this site.',
  whereMemory:
    'This browser is not letting the page keep anything (this can happen in a private window). Copy or export anything you want to keep before you close the page.',
  whereBestEffort:
    'Clearing your browsing data will erase it, and some browsers remove it after a few weeks without a visit. Exporting a copy now and then keeps it safe.',
  wherePersistent:
    'Your browser has agreed to keep it until you clear it yourself. Exporting a copy now and then is still a good idea.',
  unavailable: 'the browser would not let this page store it just now.',
  'quota-exceeded': 'this device has run out of space for this site.',
  conflict: 'it was changed somewhere else (perhaps in another tab) at the same moment.',
  corrupt: 'the saved copy could not be read, so it has been left exactly as it was.',
  'version-too-new':
    'it was saved by a newer version of this tool, so this page will not change it.',
  locked: 'your saved data is locked.',
  unauthorized: 'you are not signed in to the place where it is kept.',
  offline: 'there is no connection just now.',
  'not-found': 'it is no longer there. It may have been removed in another tab.',
  'invalid-import': 'the file could not be used. Nothing was changed.',
};

declare global {
  interface RkStringSections {
    'save-status': typeof saveStatusStrings;
  }
}
