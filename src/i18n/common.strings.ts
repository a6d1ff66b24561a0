import type { ValidationCode, ValidationProblem } from '../core/model.js';
import { plural, type Plural } from './plural.js';

/** Extra values a validation message may use (for example `{ max: 200 }`). */
export type ValidationParams = ValidationProblem['params'];

/** A validation message: plain text, or a function of the problem's params. */
export type ValidationMessage = string | ((params?: ValidationParams) => string);

/**
 * Shared en-GB strings (section `common`): words several tools use, and one kind,
 * plain message for every `ValidationCode` (keyed by the code), shown next to the field.
 * Turn a problem into words with `validationMessage()`.
 */
export const commonStrings: Record<ValidationCode, ValidationMessage> & {
  save: string;
  cancel: string;
  edit: string;
  remove: string;
  close: string;
  optional: string;
  readonlyNote: string;
  partLoading: string;
  partFailed: string;
  charactersLeft: Plural<readonly ['count']>;
  charactersOver: Plural<readonly ['over', 'max']>;
} = {
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Remove',
  close: 'Close',
  optional: '(optional)',
  readonlyNote: 'This was saved in a way this page cannot change, so it is shown as it is.',
  partLoading: 'Getting what you saved…',
  partFailed:
    'What you saved is safe, but this part of the page could not be loaded (perhaps the connection dropped). Reload the page to try again.',
  charactersLeft: plural('en-GB', {
    one: 'You have {count} character left.',
    other: 'You have {count} characters left.',
  }),
  charactersOver: plural(
    'en-GB',
    {
      one: 'That is {over} character too many (the most is {max}).',
      other: 'That is {over} characters too many (the most is {max}).',
    },
    ['over', 'max'],
    'over',
  ),
  required: 'Please write something here first.',
  'too-long': (params) =>
    params?.max !== undefined
      ? `This is a little long. Please keep it to ${params.max} characters or fewer.`
      : 'This is a little long. Please make it shorter.',
  'out-of-range': (params) =>
    params?.min !== undefined && params?.max !== undefined
      ? `Please choose a number from ${params.min} to ${params.max}.`
      : 'Please choose a number within the range shown.',
  'invalid-type': 'This does not look quite right. Please check it.',
  'invalid-value': 'Please choose one of the options shown.',
  'invalid-date': 'Please give a date, for example 14 March 2026.',
  'unsafe-url':
    'Please use a web address starting with https://, or a phone number or email address.',
  'invalid-phone':
    'Please check the phone number. It can have digits, spaces and a + at the start.',
  'invalid-email': 'Please check the email address. It should look like name@example.org.',
  duplicate: 'This is already on the list.',
  unknown: 'Something here does not look right. Please check it.',
};

/** The shape of the `common` section. */
export type CommonStrings = typeof commonStrings;

/** The message for one validation problem, from the (resolved) common strings. */
export function validationMessage(problem: ValidationProblem, strings: CommonStrings): string {
  const message = strings[problem.code] ?? strings.unknown;
  return typeof message === 'function' ? message(problem.params) : message;
}
