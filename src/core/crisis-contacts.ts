/**
 * A service a person can contact when they need help now. Hosts set their own list
 * (`<rk-provider>.crisisContacts` or an element's `.contacts`); the UK list below is the
 * default. All wording is the host's, so it is not run through the localize layer.
 */
export interface CrisisContact {
  /** The service, e.g. "Samaritans". */
  name: string;
  /** What it is for, in a short plain sentence. */
  purpose: string;
  /** The link: `tel:`, `sms:`, `https:` or `mailto:` only (anything else is shown without a link). */
  href: string;
  /** The visible link text, e.g. "Call 116 123". Must make sense on its own. */
  linkText: string;
  /** When it is open, e.g. "Free, any time, day or night". */
  availability?: string;
}

/**
 * Default contacts for the UK. Numbers change: hosts should check them and can replace
 * the whole list. Only configuration holds them; no template has a number in it.
 */
export const UK_CRISIS_CONTACTS: readonly CrisisContact[] = Object.freeze([
  {
    name: 'Emergency services',
    purpose:
      'If your life or someone else’s is at risk right now, or you cannot keep yourself safe.',
    href: 'tel:999',
    linkText: 'Call 999',
    availability: 'Any time. You can also go to A&E.',
  },
  {
    name: 'Samaritans',
    purpose: 'Talk to someone about whatever is on your mind. They will listen.',
    href: 'tel:116123',
    linkText: 'Call 116 123',
    availability: 'Free, any time, day or night.',
  },
  {
    name: 'Shout',
    purpose: 'If talking is hard, text a trained volunteer.',
    href: 'sms:85258?body=SHOUT',
    linkText: 'Text SHOUT to 85258',
    availability: 'Free, any time, day or night.',
  },
  {
    name: 'NHS 111',
    purpose:
      'Urgent help for your mental health in England. Choose option 2 for the mental health line.',
    href: 'tel:111',
    linkText: 'Call 111, option 2',
    availability: 'Free, any time, day or night.',
  },
]);
