import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { MAX_NOTE_LENGTH, readingModel } from '../../../src/core/reading.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, loaded } from './helpers.js';

afterEach(cleanupStores);

/** Puts text in at the caret as a paste does: through the browser's editing (maxlength applies). */
function paste(text: string): void {
  document.execCommand('insertText', false, text);
}

const $ = <E extends Element = HTMLElement>(el: RkStarAssessment, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

describe('<rk-star-assessment> a note near its limit', () => {
  it('says how much room is left, keeps a long paste whole and refuses to save it cut', async function () {
    this.timeout(20_000);
    const store = await createTestStore('star-limits');
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    const note = $<HTMLInputElement>(el, '#note-0')!;
    note.focus();
    // Nearing the limit: the room left shows, tied to the field.
    paste('a'.repeat(MAX_NOTE_LENGTH - 21));
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect($(el, '#note-0-limit')!.textContent!.trim()).to.equal('You have 20 characters left.');
    expect(note.getAttribute('aria-describedby')).to.contain('note-0-limit');
    // A paste past it is kept whole, and the field says so (nothing is dropped silently).
    paste('b'.repeat(120));
    await el.updateComplete;
    expect(note.value).to.have.length(MAX_NOTE_LENGTH + 100);
    expect($(el, '#note-0-limit')!.textContent!.trim()).to.equal(
      `That is 100 characters too many (the most is ${MAX_NOTE_LENGTH}).`,
    );
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // Saving is refused with the message next to the field; nothing is stored cut short.
    all<HTMLInputElement>(el, 'input[name="score-0"]')[4].click();
    $<HTMLButtonElement>(el, '[part="save-button"]')!.click();
    await waitUntil(() => $(el, '#note-0-error'), 'the save was not refused at the field');
    expect($(el, '#note-0-error')!.textContent).to.contain(`${MAX_NOTE_LENGTH} characters`);
    expect(await store.collection(readingModel).count()).to.equal(0);
    // Shortened as a person would: select the extra hundred characters and delete them.
    note.focus();
    note.setSelectionRange(MAX_NOTE_LENGTH, MAX_NOTE_LENGTH + 100);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect($(el, '#note-0-limit')!.textContent!.trim()).to.equal('You have 0 characters left.');
    const saved = oneEvent(el, 'rk-reading-saved');
    $<HTMLButtonElement>(el, '[part="save-button"]')!.click();
    const { detail } = await saved;
    expect(Object.values(detail.reading.data.notes)[0]).to.have.length(MAX_NOTE_LENGTH);
    const { items } = await store.collection(readingModel).list();
    expect(Object.values(items[0].record!.data.notes)[0]).to.have.length(MAX_NOTE_LENGTH);
  });
});
