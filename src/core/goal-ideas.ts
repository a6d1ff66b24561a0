import type { ChimeKey } from './chime.js';

/** Example goal ideas for each CHIME process, shown to someone starting out. */
export type GoalIdeas = Readonly<Partial<Record<ChimeKey, readonly string[]>>>;

/**
 * Our default ideas (en-GB), small and concrete. A host replaces them with the
 * goal tracker's `ideas` property, for example with ideas from its own services.
 */
export const DEFAULT_GOAL_IDEAS: GoalIdeas = {
  connectedness: [
    'Meet a friend for a coffee',
    'Try a peer support group',
    'Call my brother once a week',
  ],
  hope: ['Plan something to look forward to', 'Write down one good thing each evening'],
  identity: ['Pick up a hobby I used to love', 'Write a few lines about what I value'],
  meaning: [
    'Volunteer for an afternoon',
    'Look into a short course',
    'Grow something on the windowsill',
  ],
  empowerment: [
    'Go to my next appointment with my own questions',
    'Sort out one letter I have put off',
  ],
};
