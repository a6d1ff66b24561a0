// Type test (checked by `tsc`, never run): string overrides are typed by section.
import { registerLocale } from '../../src/i18n/locale-registry.js';
import type { SectionOverrides, StringOverrides } from '../../src/i18n/string-table.js';
import type { crisisHelpStrings } from '../../src/elements/crisis-help/crisis-help.strings.js';
import type { saveStatusStrings } from '../../src/elements/save-status/save-status.strings.js';

registerLocale('cy', { 'crisis-help': { toggle: 'Angen help nawr?' } });
registerLocale('en-XA', { transform: (text) => `[${text}]` });
registerLocale('fr', {
  'save-status': { savedOnDevice: (time: string) => `Enregistré à ${time}` },
});

// @ts-expect-error no such key in the crisis-help section
registerLocale('cy', { 'crisis-help': { toggel: 'Angen help nawr?' } });
// @ts-expect-error no such section
registerLocale('cy', { 'crisis-helps': { toggle: 'Angen help nawr?' } });
// @ts-expect-error savedOnDevice is a function of the time, not plain text
registerLocale('fr', { 'save-status': { savedOnDevice: 'Enregistré' } });

const provider: SectionOverrides = { common: { required: 'Write something first, please.' } };
// @ts-expect-error `save` is text, not a number
const wrong: SectionOverrides = { common: { save: 3 } };

const own: StringOverrides<typeof crisisHelpStrings> = { close: 'Hide' };
// @ts-expect-error overrides cannot add keys
const extra: StringOverrides<typeof saveStatusStrings> = { saved: 'Saved' };

export { provider, wrong, own, extra };
