import { message } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';

/** "1 thing", "3 things": counts in `preview` and `imported`. */
const things = plural('en-GB', { one: '{count} thing', other: '{count} things' });

/**
 * Every word `<rk-my-data>` shows, in en-GB. A host can override any of them (element
 * `.strings`, provider `strings['my-data']`, or a registered locale).
 */
export const myDataStrings = {
  heading: 'My data',
  intro:
    'Here you can keep a copy of everything you have written in these tools, bring a copy back, or erase it all.',

  // Save a copy
  exportHeading: 'Save a copy',
  exportHint:
    'This downloads one file with everything you have written here. Keep it somewhere safe: anyone who opens the file can read it.',
  exportButton: 'Save a copy',
  /** The downloaded file's name; `day` is today as YYYY-MM-DD. */
  fileName: (day: string) => `my-recovery-kit-copy-${day}.json`,
  exported: (time: string, fileName: string) =>
    `You saved a copy at ${time}. Look for ${fileName} in your downloads.`,

  // Bring back a copy
  importHeading: 'Bring back a copy',
  importHint:
    'Choose a copy you saved before. Nothing changes until you say so, and what is here now is kept.',
  fileLabel: 'Your saved copy',
  /** The counts in `preview` and `imported` (a translation's own versions use its own). */
  things,
  preview: (added: number, replaced: number, kept: number) =>
    [
      'Bringing back this copy would:',
      `add ${things(added)},`,
      `update ${things(replaced)} to the newer version in the copy,`,
      plural('en-GB', {
        one: 'and leave {count} thing as it is here.',
        other: 'and leave {count} things as they are here.',
      })(kept),
    ].join(' '),
  nothingNew: 'Everything in this copy is already here, so there is nothing to bring back.',
  importButton: 'Bring it back',
  importCancel: 'Not now',
  imported: (added: number, replaced: number) =>
    `Your copy is back: ${things(added)} added and ${things(replaced)} updated.`,
  notACopy:
    'This file is not a copy saved from here. Please choose the file you saved with “Save a copy”. Nothing has been changed.',
  newerCopy:
    'This copy was saved by a newer version of these tools, so it cannot be brought back here yet. Nothing has been changed.',
  damagedCopy:
    'This copy could not be read. It may have been damaged or changed since it was saved. Nothing has been changed.',

  // Erase everything here
  eraseHeading: 'Erase everything here',
  eraseHint: 'This removes everything you have written in these tools.',
  eraseStart: 'Erase everything here…',
  eraseWarning:
    'This erases everything you have written in these tools, for good. It cannot be undone. If you might want any of it later, save a copy first.',
  eraseConfirm: 'Erase everything',
  eraseCancel: 'Keep my data',
  erased: 'Everything here has been erased.',
  /** The warning instead of `eraseWarning` when this device syncs (erase erases everywhere). */
  eraseWarningSynced: message(
    ['organisation'],
    'This erases everything you have written in these tools, for good: on this device, on {organisation}’s server, and on your other devices when they next connect. It cannot be undone. If you might want any of it later, save a copy first.',
  ),
  /** Instead of `erased` when this device syncs. */
  erasedSynced: message(
    ['organisation'],
    'Everything here has been erased. It is erased from {organisation}’s server as soon as this device is online, and from your other devices when they next connect.',
  ),
  /** Used for `{organisation}` when the host did not name one. */
  someOrganisation: 'the organisation that runs this site',

  failed: 'That did not work just now. Please try again.',
};

/** The shape of `<rk-my-data>`'s strings. */
export type MyDataStrings = typeof myDataStrings;

declare global {
  interface RkStringSections {
    'my-data': MyDataStrings;
  }
}
