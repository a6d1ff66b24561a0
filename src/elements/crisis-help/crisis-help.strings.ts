/**
 * en-GB strings of `<rk-crisis-help>` (section `crisis-help`). The contacts themselves
 * are configuration (`CrisisContact`), not strings. A host outside the UK that sets its
 * own contacts should also override `intro`, which names the UK emergency number.
 */
export const crisisHelpStrings = {
  toggle: 'Need help now?',
  intro: 'You are not alone. If your life is at risk right now, call 999 or go to A&E.',
  notACrisisService: 'This tool is not a crisis service. These services are there for you:',
  close: 'Close',
};

declare global {
  interface RkStringSections {
    'crisis-help': typeof crisisHelpStrings;
  }
}
