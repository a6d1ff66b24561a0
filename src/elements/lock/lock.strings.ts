/**
 * en-GB strings of `<rk-lock>` (section `lock`). The lock screen says plainly, before a
 * passphrase is chosen and again beside the recovery code, that nobody can open the
 * data without one of them (DOMAIN.md, "When data leaves the device").
 */
export const lockStrings = {
  checking: 'Opening your saved work…',
  createHeading: 'Keep your writing private',
  createIntro:
    'Choose a passphrase to lock what you write here. Anyone using this device will need it to see your writing.',
  nobodyCanRecover:
    'Nobody can open your data without your passphrase or your recovery code: not the people who run this site, and not us. If you lose both, your writing cannot be got back.',
  passphrase: 'Passphrase',
  passphraseHint: 'A few words that mean something to you, but that others would not guess.',
  confirmPassphrase: 'Type the passphrase again',
  strengthShort: 'This is short, so it would be quick to guess. A few more words would help.',
  strengthFair: 'This is fair. Another word or two would make it stronger.',
  strengthGood: 'This is a strong passphrase.',
  mismatch: 'The two passphrases are not the same yet.',
  empty: 'Type a passphrase first.',
  create: 'Lock my data with this passphrase',
  creating: 'Locking your data… this takes a moment.',
  codeHeading: 'Your recovery code',
  codeIntro:
    'If you ever forget your passphrase, this code opens your data instead. It is shown only this once.',
  codeKeepIt:
    'Write it down or save it somewhere safe that is not this device. Without your passphrase or this code, nobody can get your data back.',
  codeLabel: 'Recovery code',
  codeConfirm: 'I have kept my recovery code somewhere safe',
  codeNotConfirmed: 'Please tick the box once you have kept the code.',
  codeContinue: 'Continue',
  unlockHeading: 'Your data is locked',
  unlockIntro: 'Type your passphrase to see your writing.',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  wrongPassphrase: 'That passphrase does not open your data. Check it and try again.',
  forgot: 'Forgotten your passphrase?',
  recoverHeading: 'Use your recovery code',
  recoverIntro:
    'Type the recovery code you kept when you set your passphrase, then choose a new passphrase.',
  recoveryCode: 'Recovery code',
  recoveryCodeHint: 'Capital or small letters, with or without the dashes.',
  wrongCode: 'That recovery code does not open your data. Check it and try again.',
  newPassphrase: 'New passphrase',
  recover: 'Unlock and set the new passphrase',
  backToUnlock: 'Back to the passphrase',
  lockNow: 'Lock now',
  lockedAnnouncement: 'Your data is locked.',
  unlockedAnnouncement: 'Your data is unlocked.',
  failed: 'Something went wrong while opening your data. Please try again.',
  createExisting: 'Anything you have already saved on this device will be locked too.',
  protect: 'Protect with a passphrase',
  notNow: 'Not now',
  stopProtecting: 'Stop protecting with a passphrase',
  removeHeading: 'Stop protecting your data with a passphrase?',
  removeIntro:
    'Your writing will then be kept on this device without a lock. Anyone who uses this device will be able to read it, and you will not need your passphrase or recovery code any more.',
  removeHint: 'Type your passphrase to confirm it is you.',
  removeSynced:
    'The copy on the server that keeps your devices in step will then be readable too, by the people who run it.',
  remove: 'Stop protecting my data',
  removing: 'Unlocking everything you have saved… this takes a moment.',
  keepProtected: 'Keep it protected',
  protectedAnnouncement: 'Your data is now protected with your passphrase.',
  unprotectedAnnouncement: 'Your data is no longer protected with a passphrase.',
  otherDevicesNotice:
    'This device was given its own passphrase before it first synced, so it has a different one from your other devices. Nothing has been lost, but each can read only what was written on it until you use one passphrase on all of them.',
  joinOpen: 'Use the passphrase of my other devices',
  joinHeading: 'Use the passphrase of your other devices',
  joinIntro:
    'Type the passphrase you use on your other devices. What you wrote on this device is then locked with it, and from then on that passphrase and its recovery code open everything, on every device. This device’s own passphrase and recovery code will no longer be needed.',
  joinPassphrase: 'The passphrase of your other devices',
  join: 'Use this passphrase here',
  joining: 'Locking what is on this device with that passphrase… this takes a moment.',
  joinedAnnouncement: 'Your devices now share one passphrase.',
};

/** The en-GB strings' type: a host may override any of them. */
export type LockStrings = typeof lockStrings;

declare global {
  interface RkStringSections {
    lock: LockStrings;
  }
}
