import { html, nothing, type TemplateResult } from 'lit';
import { passphraseStrength } from '../../core/passphrase-strength.js';
import { textField } from '../form-field.js';
import { renderHeading } from '../heading.js';
import type { RkTool } from '../rk-tool.js';
import type { LockStrings } from './lock.strings.js';

/** The screens of `<rk-lock>` while the data is not open. */
export type LockScreen = 'checking' | 'create' | 'code' | 'unlock' | 'recover' | 'remove' | 'join';

/** What the screens show and what they call back; `<rk-lock>` holds it. */
export interface LockView extends Pick<RkTool, 'effectiveHeadingLevel'> {
  readonly strings: LockStrings;
  readonly busy: boolean;
  /** The field values by id, and the problem to show beside one field. */
  readonly values: Readonly<Record<string, string>>;
  readonly problem: { field: string; message: string } | undefined;
  readonly recoveryCode: string | undefined;
  readonly codeKept: boolean;
  /** The person may turn the passphrase on and off (`encryption="optional"`). */
  readonly optional: boolean;
  /** The store syncs: stopping the protection copies everything readably to the server. */
  readonly synced?: boolean;
  input(field: string, value: string): void;
  submit(screen: LockScreen): void;
  show(screen: LockScreen): void;
  keepCode(kept: boolean): void;
  /** Back to the (unlocked or plain) content without changing anything. */
  cancel(): void;
}

function field(
  view: LockView,
  id: string,
  label: string,
  options: { hint?: string; autocomplete: string; type?: 'password' | 'text' },
): TemplateResult {
  return textField({
    id,
    label,
    hint: options.hint,
    type: options.type ?? 'password',
    autocomplete: options.autocomplete,
    value: view.values[id] ?? '',
    error: view.problem?.field === id ? view.problem.message : undefined,
    onInput: (value) => view.input(id, value),
  });
}

/** The live, rule-free strength hint for a new passphrase. */
function strength(view: LockView, id: string): TemplateResult {
  const value = view.values[id] ?? '';
  const s = view.strings;
  const words = { short: s.strengthShort, fair: s.strengthFair, good: s.strengthGood };
  return html`<p class="strength" part="strength" aria-live="polite">
    ${value ? words[passphraseStrength(value)] : nothing}
  </p>`;
}

/** A new passphrase, its strength hint and its confirmation. */
function newPassphraseFields(view: LockView, label: string): TemplateResult {
  const s = view.strings;
  return html`${field(view, 'new-passphrase', label, {
    hint: s.passphraseHint,
    autocomplete: 'new-password',
  })}
  ${strength(view, 'new-passphrase')}
  ${field(view, 'confirm-passphrase', s.confirmPassphrase, { autocomplete: 'new-password' })}`;
}

function form(
  view: LockView,
  screen: LockScreen,
  body: unknown,
  action: string,
  busy = view.strings.unlocking,
): TemplateResult {
  return html`<form
    class="stack"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      view.submit(screen);
    }}
  >
    ${body}
    <div class="cluster">
      <button type="submit" part="submit">${action}</button>
    </div>
    <p class="busy" aria-live="polite">${view.busy ? busy : nothing}</p>
  </form>`;
}

function createScreen(view: LockView): TemplateResult {
  const s = view.strings;
  return html`${renderHeading(view, s.createHeading)}
    <p>${s.createIntro}</p>
    <p>${s.createExisting}</p>
    <p class="plain-warning" part="warning">${s.nobodyCanRecover}</p>
    ${form(view, 'create', newPassphraseFields(view, s.passphrase), s.create, s.creating)}
    ${view.optional ? cancelButton(s.notNow, view) : nothing}`;
}

function cancelButton(label: string, view: LockView): TemplateResult {
  return html`<button type="button" class="quiet" part="cancel" @click=${() => view.cancel()}>
    ${label}
  </button>`;
}

function removeScreen(view: LockView): TemplateResult {
  const s = view.strings;
  return html`${renderHeading(view, s.removeHeading)}
    <p class="plain-warning" part="warning">${s.removeIntro}</p>
    ${view.synced ? html`<p class="plain-warning" part="warning">${s.removeSynced}</p>` : nothing}
    ${form(
      view,
      'remove',
      field(view, 'passphrase', s.passphrase, {
        hint: s.removeHint,
        autocomplete: 'current-password',
      }),
      s.remove,
      s.removing,
    )}
    ${cancelButton(s.keepProtected, view)}`;
}

/** The row above the content: "Lock now", turning the passphrase on or off when the person may choose, and a notice when the person's other devices have another passphrase. */
export function renderBar(
  view: Pick<LockView, 'strings' | 'optional'>,
  protectedNow: boolean,
  act: (action: 'lock' | 'protect' | 'stop' | 'join') => void,
  otherDevices = false,
): TemplateResult {
  const s = view.strings;
  const button = (action: 'lock' | 'protect' | 'stop' | 'join', part: string, label: string) =>
    html`<button type="button" class="secondary" part=${part} @click=${() => act(action)}>
      ${label}
    </button>`;
  return html`<div class="bar" part="bar">
      ${protectedNow ? button('lock', 'lock-now', s.lockNow) : button('protect', 'protect', s.protect)}
      ${protectedNow && view.optional ? button('stop', 'stop-protecting', s.stopProtecting) : nothing}
    </div>
    ${
      otherDevices
        ? html`<div class="bar" part="other-devices">
            <p>${s.otherDevicesNotice}</p>
            ${button('join', 'join', s.joinOpen)}
          </div>`
        : nothing
    }`;
}

function joinScreen(view: LockView): TemplateResult {
  const s = view.strings;
  return html`${renderHeading(view, s.joinHeading)}
    <p>${s.joinIntro}</p>
    ${form(
      view,
      'join',
      field(view, 'passphrase', s.joinPassphrase, { autocomplete: 'current-password' }),
      s.join,
      s.joining,
    )}
    ${cancelButton(s.notNow, view)}`;
}

function codeScreen(view: LockView): TemplateResult {
  const s = view.strings;
  const problem = view.problem?.field === 'code-kept' ? view.problem.message : undefined;
  return html`${renderHeading(view, s.codeHeading)}
    <p>${s.codeIntro}</p>
    <p class="code-label" id="code-label">${s.codeLabel}</p>
    <p class="code" part="code" aria-labelledby="code-label">${view.recoveryCode}</p>
    <p class="plain-warning" part="warning">${s.nobodyCanRecover}</p>
    <p>${s.codeKeepIt}</p>
    ${form(
      view,
      'code',
      html`<div class="check">
        <input
          id="code-kept"
          type="checkbox"
          .checked=${view.codeKept}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'code-kept-error' : nothing}
          @change=${(event: Event) => view.keepCode((event.target as HTMLInputElement).checked)}
        />
        <label for="code-kept">${s.codeConfirm}</label>
        ${
          problem
            ? html`<p class="field-error" part="field-error" id="code-kept-error">${problem}</p>`
            : nothing
        }
      </div>`,
      s.codeContinue,
    )}`;
}

function unlockScreen(view: LockView): TemplateResult {
  const s = view.strings;
  return html`${renderHeading(view, s.unlockHeading)}
    <p>${s.unlockIntro}</p>
    ${form(
      view,
      'unlock',
      field(view, 'passphrase', s.passphrase, { autocomplete: 'current-password' }),
      s.unlock,
    )}
    <button type="button" class="quiet" part="forgot" @click=${() => view.show('recover')}>
      ${s.forgot}
    </button>`;
}

function recoverScreen(view: LockView): TemplateResult {
  const s = view.strings;
  return html`${renderHeading(view, s.recoverHeading)}
    <p>${s.recoverIntro}</p>
    <p class="plain-warning" part="warning">${s.nobodyCanRecover}</p>
    ${form(
      view,
      'recover',
      html`${field(view, 'recovery-code', s.recoveryCode, {
        hint: s.recoveryCodeHint,
        autocomplete: 'off',
        type: 'text',
      })}
      ${newPassphraseFields(view, s.newPassphrase)}`,
      s.recover,
    )}
    <button type="button" class="quiet" part="back" @click=${() => view.show('unlock')}>
      ${s.backToUnlock}
    </button>`;
}

/** The screen for `screen`, inside the lock's own section. */
export function renderLockScreen(view: LockView, screen: LockScreen): TemplateResult {
  switch (screen) {
    case 'checking':
      return html`<p>${view.strings.checking}</p>`;
    case 'create':
      return createScreen(view);
    case 'code':
      return codeScreen(view);
    case 'recover':
      return recoverScreen(view);
    case 'remove':
      return removeScreen(view);
    case 'join':
      return joinScreen(view);
    default:
      return unlockScreen(view);
  }
}
