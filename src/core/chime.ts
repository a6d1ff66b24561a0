/**
 * The five recovery processes named by the CHIME framework (Leamy et al., 2011,
 * British Journal of Psychiatry 199:445-452). The keys are stable identifiers stored
 * in records; this module is the single source of them for every tool. Names are the
 * framework's own; the descriptions are written by us, in en-GB. Elements show them
 * through their localize layer, so a host can reword or translate them.
 */

/** Every CHIME key, in the framework's order. */
export const CHIME_KEYS = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'] as const;

/** One CHIME process key, as stored in records. */
export type ChimeKey = (typeof CHIME_KEYS)[number];

/** A CHIME process as data: its key, its name and what it is about (en-GB defaults). */
export interface ChimeProcess {
  key: ChimeKey;
  name: string;
  about: string;
}

/** The five processes with default en-GB names and our own short descriptions. */
export const CHIME_PROCESSES: readonly ChimeProcess[] = [
  {
    key: 'connectedness',
    name: 'Connectedness',
    about: 'The people around you: friends, family, peers and feeling you belong somewhere.',
  },
  {
    key: 'hope',
    name: 'Hope and optimism',
    about: 'Believing things can get better, and having something to look forward to.',
  },
  {
    key: 'identity',
    name: 'Identity',
    about: 'Knowing and liking who you are, with much more to you than any diagnosis.',
  },
  {
    key: 'meaning',
    name: 'Meaning and purpose',
    about: 'Roles, interests and beliefs that make your days feel worthwhile.',
  },
  {
    key: 'empowerment',
    name: 'Empowerment',
    about: 'Having a say over your own life and making use of your strengths.',
  },
];

/** True when `value` is one of the five CHIME keys. */
export function isChimeKey(value: unknown): value is ChimeKey {
  return typeof value === 'string' && (CHIME_KEYS as readonly string[]).includes(value);
}
