import { CHIME_PROCESSES, type ChimeKey } from '../../core/chime.js';
import { select } from '../../i18n/message.js';
import { plural } from '../../i18n/plural.js';

/**
 * The words of `<rk-hope-journal>`'s first view, in en-GB: the composer, the list's
 * heading and count, and what is said about saving, removing and reading. The words only
 * the records view shows (journal-records-view.ts: the filters, the list, the look back)
 * are in journal-records.strings.ts and come with it; `hopeJournalStrings`
 * (hope-journal.strings.ts) has every word.
 */
export const journalFirstViewStrings = {
  heading: 'Hope journal',
  intro: 'Short notes on what gives you hope. Only you decide what goes in here.',

  // Composer
  composeHeading: 'Write an entry',
  editHeading: 'Edit entry',
  promptLabel: 'A prompt, if you would like one',
  usePrompt: 'Use this prompt',
  anotherPrompt: 'Another prompt',
  writeFreely: 'Write without a prompt',
  bodyLabel: 'Your entry',
  bodyLabelWithPrompt: 'Anything else you want to add',
  goodThingLegend: (n: number) => `Good thing ${n}`,
  goodThingWhat: 'What happened',
  goodThingWhy: 'Why it mattered',
  hopeLegend: 'Hope check-in (optional)',
  hopeHint:
    'A personal check-in just for you, not a measure or a score. 0 means very little hope today, 10 means a lot.',
  hopeNone: 'No check-in',
  chimeLegend: 'What it connects to (optional)',
  /** The name of a CHIME process. */
  chimeName: select(
    Object.fromEntries(CHIME_PROCESSES.map((process) => [process.key, process.name])) as Record<
      ChimeKey,
      string
    >,
  ),
  tagsLabel: 'Your own tags (optional)',
  tagsHint: 'Separate tags with commas, for example: walks, family',
  dateLabel: 'Date',
  dateHint: 'Today, or an earlier day.',
  dateInFuture: 'Choose today or an earlier day.',
  dateInvalid: 'Enter a full date.',
  save: 'Save entry',
  saveChanges: 'Save changes',
  cancelEdit: 'Stop editing',
  discardDraft: 'Discard draft',
  discardQuestion: (excerpt: string) =>
    excerpt
      ? `Discard this draft? “${excerpt}” will be deleted.`
      : 'Discard this draft? What you chose will be cleared.',
  stopEditingQuestion: 'Stop editing? The saved entry stays as it was; these changes are not kept.',
  discardConfirm: 'Yes, discard it',
  discardKeep: 'Keep writing',
  draftKept: 'Draft kept on this device as you type.',
  draftDiscarded: 'Draft discarded.',
  finishDraftFirst: 'Save or discard the entry you are writing first, then choose Edit again.',
  emptyEntry: 'Write something before saving, even a few words.',
  tooLong: plural('en-GB', {
    one: 'This is longer than {count} character. Please shorten it.',
    other: 'This is longer than {count} characters. Please shorten it.',
  }),
  tooManyTags: plural('en-GB', {
    one: 'Use at most {count} tag.',
    other: 'Use at most {count} tags.',
  }),
  tagTooLong: plural('en-GB', {
    one: 'Keep each tag under {count} character.',
    other: 'Keep each tag under {count} characters.',
  }),
  entrySaved: 'Entry saved.',
  changesSaved: 'Changes saved.',
  changedElsewhere:
    'Changes saved. It had also been changed somewhere else: those changes are kept too, except where you changed the same thing.',
  keptBoth:
    'Changes saved. It had also been changed somewhere else, so the other version of the text is kept below yours.',
  /** The line saved between the person's text and the other version's (see `keptBoth`). */
  otherVersion: '--- Also saved somewhere else ---',
  broughtBack:
    'Changes saved. The entry had been removed somewhere else meanwhile, so it is back, with your changes.',

  // Reading back
  listHeading: 'Your entries',
  noEntries: 'No entries yet. When you save one, it will appear here.',
  noMatches: 'No entries match. Try fewer words or clear the filters.',
  /** Every entry is shown. */
  showingAll: plural('en-GB', { one: '{count} entry', other: '{count} entries' }),
  /** Some entries are shown (a search or filter hides the rest). */
  showing: plural(
    'en-GB',
    { one: 'Showing {shown} of {total} entry', other: 'Showing {shown} of {total} entries' },
    ['shown', 'total'],
    'total',
  ),
  loadingMore: 'Loading older entries…',
  removed: (excerpt: string) => `Removed “${excerpt}”.`,
  undo: 'Undo',
  dismiss: 'Close',
  untitled: 'entry',
  readFailed: 'Your entries could not be read just now. Nothing has been lost.',
  tryAgain: 'Try again',
  corruptEntry:
    'One entry could not be read at all. It is kept untouched and is included when you export your data.',

  // Looking back
};
