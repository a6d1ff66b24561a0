import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STAYING_WELL_SECTIONS } from '../../../src/core/plan-sections.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  $,
  $$,
  button,
  buttonName,
  byLabel,
  focused,
  focusedInNotice,
  lineTexts,
  planOn,
  section,
  storedPlan,
  TRADEMARKED_NAMES,
  typeInto,
  undoMessage,
  undoNotice,
} from './plan-test-kit.js';

afterEach(cleanupStores);

const LIST_SECTIONS = STAYING_WELL_SECTIONS.filter((s) => s.kind === 'list');

describe('<rk-staying-well-plan>', () => {
  it('shows an empty plan with every section and its prompt, and passes axe', async () => {
    const store = await createTestStore('plan');
    const el = await planOn(store);
    for (const s of STAYING_WELL_SECTIONS) {
      const block = section(el, s.key);
      expect(block.textContent).to.contain(s.title);
      expect(block.querySelector('.prompt')!.textContent).to.equal(s.prompt);
    }
    expect($(el, 'h2').textContent).to.equal('My staying-well plan');
    expect($$(el, '.editor h3')).to.have.length(STAYING_WELL_SECTIONS.length);
    expect(await storedPlan(store), 'nothing written just by opening').to.equal(undefined);
    expect(el.shadowRoot!.textContent).to.not.match(TRADEMARKED_NAMES);
    await expect(el).to.be.accessible();
  });

  it('fills every section by keyboard, saves it, and a fresh element shows it all', async function () {
    // About 300 real key presses: with both cores busy they alone can take over 30 s, and a
    // test cut off mid-typing goes on typing into the next tests.
    this.timeout(120_000);
    const store = await createTestStore('plan');
    const el = await planOn(store);
    for (const s of LIST_SECTIONS) {
      button(section(el, s.key), 'Add a line').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ type: `${s.title} one` });
      await sendKeys({ press: 'Enter' }); // Enter in a line adds the next one
      await el.updateComplete;
      await sendKeys({ type: `${s.title} two` });
      await typeInto(
        byLabel<HTMLTextAreaElement>(el, `Notes for ${s.title}`),
        `Notes about ${s.title}`,
      );
    }
    await typeInto(byLabel<HTMLTextAreaElement>(el, 'Notes for Contacts'), 'Ask Sam first');
    const saved = oneEvent(el, 'rk-plan-saved');
    await el.flush();
    const { detail } = await saved;
    expect(detail.record.id).to.equal('staying-well-plan');

    const stored = (await storedPlan(store))!;
    for (const s of LIST_SECTIONS) {
      expect(stored.sections[s.key].items.map((i) => i.text)).to.deep.equal([
        `${s.title} one`,
        `${s.title} two`,
      ]);
      expect(stored.sections[s.key].notes).to.equal(`Notes about ${s.title}`);
    }
    expect(stored.sections.contacts.notes).to.equal('Ask Sam first');

    el.remove();
    const again = await planOn(store);
    for (const s of LIST_SECTIONS)
      expect(lineTexts(again, s.key)).to.deep.equal([`${s.title} one`, `${s.title} two`]);
    expect(byLabel<HTMLTextAreaElement>(again, 'Notes for Early signs').value).to.equal(
      'Notes about Early signs',
    );
    await expect(again).to.be.accessible();
  });

  it('reorders lines with Alt+Arrow keys and buttons, focus following the line, with an announcement', async () => {
    const store = await createTestStore('plan');
    const el = await planOn(store);
    button(section(el, 'helps'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'walks' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'music' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'friends' });
    expect(lineTexts(el, 'helps')).to.deep.equal(['walks', 'music', 'friends']);

    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(lineTexts(el, 'helps')).to.deep.equal(['walks', 'friends', 'music']);
    expect((focused(el) as HTMLInputElement).value, 'focus stays in the moved line').to.equal(
      'friends',
    );
    expect($(el, '[role="status"]').textContent).to.equal('Moved to line 2 of 3.');

    const moveDown = button(section(el, 'helps'), 'Move down, line 1 of 3');
    moveDown.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(lineTexts(el, 'helps')).to.deep.equal(['friends', 'walks', 'music']);
    expect(buttonName(focused(el)!), 'focus on the same button').to.equal('Move down, line 2 of 3');

    // At the top, "Move up" stays focusable but does nothing.
    const top = button(section(el, 'helps'), 'Move up, line 1 of 3');
    expect(top.getAttribute('aria-disabled')).to.equal('true');
    top.click();
    await el.updateComplete;
    expect(lineTexts(el, 'helps')).to.deep.equal(['friends', 'walks', 'music']);

    await el.flush();
    expect((await storedPlan(store))!.sections.helps.items.map((i) => i.text)).to.deep.equal([
      'friends',
      'walks',
      'music',
    ]);
  });

  it('removes a line, saving at once; focus goes to Undo, and to its neighbour once closed', async () => {
    const store = await createTestStore('plan');
    const el = await planOn(store);
    button(section(el, 'well'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'sleep' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'walk' });
    button(section(el, 'well'), 'Remove, line 1 of 2').click();
    await el.updateComplete;
    expect(lineTexts(el, 'well')).to.deep.equal(['walk']);
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(undoMessage(el)).to.equal('Removed ‘sleep’.');
    await waitUntil(async () => (await storedPlan(store))?.sections.well.items.length === 1);
    button(undoNotice(el), 'Close').click();
    await waitUntil(() => (focused(el) as HTMLInputElement | null)?.value === 'walk');
    button(section(el, 'well'), 'Remove, line 1 of 1').click();
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    button(undoNotice(el), 'Close').click();
    await waitUntil(() => focused(el)?.id === 'add-well', 'focus on "Add a line"');
    expect((await storedPlan(store))!.sections.well.items).to.deep.equal([]);
  });

  it('keeps markup, emoji and right-to-left text as plain text', async () => {
    const store = await createTestStore('plan');
    const el = await planOn(store);
    const hostile = '<img src=x onerror="window.__pwned=1"> 🌱 مرحبا';
    button(section(el, 'helps'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: hostile });
    await el.flush();
    el.remove();
    const again = await planOn(store, undefined, true);
    expect(again.shadowRoot!.querySelector('img')).to.equal(null);
    expect(again.shadowRoot!.textContent).to.contain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('saves automatically shortly after typing stops', async () => {
    const store = await createTestStore('plan');
    const el = await planOn(store);
    await typeInto(
      byLabel<HTMLTextAreaElement>(el, 'Notes for When I am well'),
      'I cook on Sundays',
    );
    expect(el.pending).to.equal(true);
    await oneEvent(el, 'rk-plan-saved');
    expect((await storedPlan(store))!.sections.well.notes).to.equal('I cook on Sundays');
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    expect(status.state, 'the save status line says it was saved').to.equal('saved');
    expect(status.savedAt).to.be.instanceOf(Date);
    await waitUntil(() => !el.pending);
    await aTimeout(0);
  });
});
