import { isStorageError } from '../../storage/storage-error.js';
import type { LockScreen } from './lock-screens.js';
import type { LockStrings } from './lock.strings.js';
import type { LockableAdapter } from './lockable-adapter.js';

/** A message to show by a field of the screen. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What a screen's main button did. */
export type SubmitOutcome =
  | { done: 'created'; recoveryCode: string }
  | { done: 'joined' | 'removed' | 'opened' }
  /** Another tab stopped protecting the data meanwhile: show it as it is. */
  | { done: 'plain' }
  | { problem: FieldProblem };

const problem = (field: string, message: string): SubmitOutcome => ({
  problem: { field, message },
});

/**
 * Runs the main action of a screen that takes a passphrase on the adapter, with what the
 * person typed: set a first passphrase, use the other devices' one, stop protecting,
 * unlock, or set a new passphrase with the recovery code. What is missing, wrong or failed
 * comes back as the message to show by its field; nothing is changed then.
 */
export async function submitScreen(
  adapter: LockableAdapter,
  screen: LockScreen,
  values: Record<string, string>,
  s: LockStrings,
): Promise<SubmitOutcome> {
  const typed = screen === 'unlock' || screen === 'remove' || screen === 'join';
  const passphrase = (typed ? values.passphrase : values['new-passphrase']) ?? '';
  if (!passphrase) return problem(typed ? 'passphrase' : 'new-passphrase', s.empty);
  if (!typed && passphrase !== (values['confirm-passphrase'] ?? ''))
    return problem('confirm-passphrase', s.mismatch);
  try {
    if (screen === 'create')
      return { done: 'created', recoveryCode: await adapter.create(passphrase) };
    if (screen === 'join') await adapter.joinOtherDevices!(passphrase);
    else if (screen === 'remove') await adapter.removeEncryption(passphrase);
    else if (screen === 'unlock') await adapter.unlock(passphrase);
    else await adapter.resetPassphrase(values['recovery-code'] ?? '', passphrase);
    return { done: screen === 'join' ? 'joined' : screen === 'remove' ? 'removed' : 'opened' };
  } catch (error) {
    const wrong = isStorageError(error) && error.code === 'locked';
    if (!(await adapter.hasPassphrase()) && adapter.optional) return { done: 'plain' };
    if (typed) return problem('passphrase', wrong ? s.wrongPassphrase : s.failed);
    if (screen === 'recover') return problem('recovery-code', wrong ? s.wrongCode : s.failed);
    return problem('new-passphrase', s.failed);
  }
}
