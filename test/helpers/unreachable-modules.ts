/**
 * The connection dropped, for code loaded on first use: until `allowModules()`, this
 * page's requests for modules whose URL contains one of `parts` fail (no other page is
 * affected; scripts/wtr-unreachable-modules.mjs says how).
 *
 * ```ts
 * afterEach(allowModules);
 * await refuseModules('goal-editor.ts');
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function refuseModules(...parts: string[]): Promise<void> {
  await executeServerCommand('refuse-modules', { parts });
}

export async function allowModules(): Promise<void> {
  await executeServerCommand('allow-modules');
}
