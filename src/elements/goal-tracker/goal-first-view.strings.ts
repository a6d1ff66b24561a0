import { CHIME_PROCESSES, type ChimeKey } from '../../core/chime.js';
import type { GoalStatus } from '../../core/goal.js';
import { select } from '../../i18n/message.js';

const chime = (part: 'name' | 'about') =>
  select(
    Object.fromEntries(CHIME_PROCESSES.map((process) => [process.key, process[part]])) as Record<
      ChimeKey,
      string
    >,
  );

const STATUS_NAMES: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  'let-go': 'Let go',
};

/**
 * The words of `<rk-goal-tracker>`'s first view, in en-GB: the welcome, the ideas, the new
 * goal form, and what is said about saving and removing, with the words the list and the
 * editor both show. The words only the list view or the editor shows are in
 * goal-list.strings.ts and goal-editor.strings.ts and come with them;
 * `goalTrackerStrings` (goal-tracker.strings.ts) has every word.
 */
export const goalFirstViewStrings = {
  heading: 'My goals',
  intro:
    'A place for goals of your own, in your own words: things you would like to move towards, at your own pace. Nothing here is marked against you.',
  ideasHeading: 'A few ideas, if they help',
  ideasHint: 'Choose one to start from it and make it your own, or write something else entirely.',

  // Adding
  addHeading: 'Add a goal',
  titleLabel: 'My goal, in my own words',
  chimeLegend: 'What it connects to',
  chimeHint: 'Choose one or more.',
  chimeName: chime('name'),
  chimeAbout: chime('about'),
  addGoal: 'Add goal',
  titleRequired: 'Write your goal in a few words first.',
  chimeRequired: 'Choose at least one thing this goal connects to.',
  added: (title: string) => `Added ‘${title}’.`,

  // Finding
  statusName: select(STATUS_NAMES),

  // Editing
  statusLabel: 'Where this goal is',
  whyLabel: 'Why it matters to me',
  strengthsLabel: 'Strengths I can use',
  stepsHeading: 'Steps',
  barrierLabel: (n: number) => `What might get in the way (${n})`,
  barrierPlanLabel: (n: number) => `What I’ll do about it (${n})`,
  supportersHeading: 'Who can support me',
  reviewOnLabel: 'A date to look at this again',
  notesLabel: 'Notes',
  editorLoading: 'Opening this goal…',
  editorFailed:
    'This goal could not be opened (perhaps the connection dropped). Nothing is lost: reload the page to try again.',
  removed: (title: string) => `Removed ‘${title}’.`,
  undo: 'Undo',
  dismiss: 'Close',
  restored: (title: string) => `‘${title}’ is back.`,
  keptBoth: (title: string) =>
    `‘${title}’ was also changed somewhere else (perhaps in another tab). Both versions of the text are kept: tidy it up as you like.`,
  broughtBack: (title: string) =>
    `‘${title}’ had been removed somewhere else (perhaps in another tab) while you were changing it. Your changes are saved and the goal is back.`,

  // Overview and printing
};
