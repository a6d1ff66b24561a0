import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/my-data/define.js';
import type { RkMyData } from '../../../src/elements/my-data/my-data.js';
import type { RkSaveStatus } from '../../../src/elements/save-status/rk-save-status.js';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { emptyEntry, entryModel } from '../../../src/core/entry.js';
import type { DataExportedDetail } from '../../../src/events/my-data-events.js';
import type { StoredRecord } from '../../../src/storage/storage-adapter.js';
import type { RecordStore } from '../../../src/storage/record-store.js';

/** A `<rk-my-data>` on `store`, once its store is open. */
export async function myData(store: RecordStore, readonly = false): Promise<RkMyData> {
  const el = await fixture<RkMyData>(
    html`<rk-my-data .store=${store} ?readonly=${readonly}></rk-my-data>`,
  );
  await waitUntil(() => saveStatus(el).state !== 'connecting', 'the store never opened', {
    timeout: 5000,
  });
  return el;
}

export function q<E extends Element = HTMLElement>(el: RkMyData, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

export function saveStatus(el: RkMyData): RkSaveStatus {
  return q<RkSaveStatus>(el, 'rk-save-status')!;
}

/** Whether `selector` matches inside `el` (a boolean, so a failed check never drags a DOM node into the report). */
export function shown(el: RkMyData, selector: string): boolean {
  return q(el, selector) !== null;
}

/** The id of the element that has focus inside `el` ('' when none). */
export function focusedId(el: RkMyData): string {
  return el.shadowRoot!.activeElement?.id ?? '';
}

/** What the polite live region says. */
export function announced(el: RkMyData): string {
  return q(el, '.visually-hidden[role="status"]')!.textContent!.trim();
}

/** Focuses a control and presses a key, as a person using the keyboard would. */
export async function press(control: HTMLElement | null, key = 'Enter'): Promise<void> {
  if (!control) throw new Error('nothing to press');
  control.focus();
  await sendKeys({ press: key });
}

/** Three goals (one then removed, leaving its removal marker) and a journal entry. */
export async function seed(store: RecordStore): Promise<void> {
  const goals = store.collection(goalModel);
  await goals.create(createGoal({ title: 'Walk to the park on Saturday', chime: ['hope'] }));
  await goals.create(createGoal({ title: 'Phone my sister', chime: ['connectedness'] }));
  const gone = await goals.create(createGoal({ title: 'Tidy the shed', chime: ['meaning'] }));
  await goals.remove(gone.id, gone.rev);
  await store.collection(entryModel).create({
    ...emptyEntry('2026-03-03', '2026-03-03T09:00:00.000Z'),
    body: 'A good walk by the river.',
  });
}

/** Every record in the store (removal markers included), in a fixed order. */
export async function everything(store: RecordStore): Promise<StoredRecord[]> {
  const records = await store.adapter.exportAll();
  return records.sort((a, b) => `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`));
}

/**
 * Catches downloads: keeps each Blob given to `URL.createObjectURL` and each `<a download>`
 * clicked (without following it). `restore()` puts both back.
 */
export function catchDownloads(): {
  blobs: Blob[];
  files: string[];
  restore: () => void;
} {
  const blobs: Blob[] = [];
  const files: string[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blobs.push(object as Blob);
    return createObjectURL(object);
  };
  // Links inherit click() from HTMLElement: an own one on HTMLAnchorElement shadows it until deleted.
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      files.push(this.download);
    },
  });
  return {
    blobs,
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
    },
  };
}

/** Presses "Save a copy" by keyboard; resolves with the event's detail and the file's text. */
export async function saveCopy(
  el: RkMyData,
  downloads: ReturnType<typeof catchDownloads>,
): Promise<{ detail: DataExportedDetail; text: string }> {
  const exported = oneEvent(el, 'rk-data-exported');
  await press(q(el, '#export'));
  const { detail } = await exported;
  return { detail, text: await downloads.blobs.at(-1)!.text() };
}

/** Chooses `text` as the file in the "Bring back a copy" field and waits for its check. */
export async function chooseFile(el: RkMyData, text: string, name = 'copy.json'): Promise<void> {
  const input = q<HTMLInputElement>(el, '#copy-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.focus();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete; // the last file's message or preview is gone
  await waitUntil(
    () => q(el, '[part="preview"], #copy-file-error'),
    'the chosen file was never checked',
    { timeout: 5000 },
  );
  await el.updateComplete;
}
