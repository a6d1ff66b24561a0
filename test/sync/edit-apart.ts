import type { Device } from './sync-devices.js';

/**
 * Syncs the devices one after another, then all but the last once more, so each holds what
 * every other one pushed (the last pulled everything on its turn).
 */
export async function syncInTurn(...devices: Device[]): Promise<void> {
  for (const one of devices) await one.client.syncNow();
  for (const one of devices.slice(0, -1)) await one.client.syncNow();
}

/**
 * The story every merge test tells: the devices sync, go offline, `edit` changes what each
 * holds, then they come back and sync in turn until they agree.
 */
export async function editApart(devices: Device[], edit: () => Promise<unknown>): Promise<void> {
  await syncInTurn(...devices);
  for (const one of devices) one.network.online = false;
  await edit();
  for (const one of devices) one.network.online = true;
  await syncInTurn(...devices);
}
