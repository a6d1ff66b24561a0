import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  addThroughForm,
  all,
  openGoal,
  q,
  stored,
  tracker,
  typeInto,
  waitForStored,
} from './goal-tracker-fixtures.js';

afterEach(cleanupStores);

describe('rk-goal-tracker: adding', () => {
  it('welcomes an empty tracker with ideas for each CHIME process', async () => {
    const el = await tracker(await createTestStore('goals'));
    const intro = q(el, '[part="intro"]');
    expect(intro.textContent).to.contain('Connectedness').and.contain('Meet a friend for a coffee');
    expect(all(el, '[part="goal"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('starts the form from an example idea, ready to be reworded', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const idea = all<HTMLButtonElement>(el, '[part="intro"] button').find(
      (b) => b.textContent!.trim() === 'Try a peer support group',
    )!;
    idea.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const title = q<HTMLInputElement>(el, '#title-new');
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(title.value).to.equal('Try a peer support group');
    expect(q<HTMLInputElement>(el, '#new-chime-connectedness').checked).to.equal(true);
    await sendKeys({ type: ' on Mondays' });
    await sendKeys({ press: 'Enter' });
    const goals = await waitForStored(store, (g) => g.length === 1);
    expect(goals[0]).to.include({ title: 'Try a peer support group on Mondays' });
    expect(goals[0].chime).to.deep.equal(['connectedness']);
  });

  it('adds a goal typed in the person’s own words, saved and there after a reload', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const created = oneEvent(el, 'rk-goal-created');
    await addThroughForm(el, 'Walk to the park on Saturdays', ['connectedness', 'hope']);
    const { detail } = await created;
    expect(detail.goal.title).to.equal('Walk to the park on Saturdays');
    expect(detail.goal.chime).to.deep.equal(['connectedness', 'hope']);
    expect(detail.record.id).to.be.a('string');
    const goals = await stored(store);
    expect(goals).to.have.length(1);
    expect(goals[0]).to.include({ title: 'Walk to the park on Saturdays', status: 'active' });
    await el.updateComplete;
    expect((q(el, '#title-new') as HTMLInputElement).value).to.equal('');
    expect(q(el, '[part="goal-toggle"]').textContent!.trim()).to.equal(
      'Walk to the park on Saturdays',
    );
    await expect(el).to.be.accessible();

    const fresh = await tracker(store);
    expect(q(fresh, '[part="goal-toggle"]').textContent!.trim()).to.equal(
      'Walk to the park on Saturdays',
    );
  });

  it('keeps an empty title off the store, says why next to the field and keeps what was chosen', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    let fired = false;
    el.addEventListener('rk-goal-created', () => (fired = true));
    await addThroughForm(el, '   ', ['meaning']);
    await el.updateComplete;
    const title = q<HTMLInputElement>(el, '#title-new');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#title-new-error').textContent).to.contain('Write your goal');
    expect(title.getAttribute('aria-describedby')).to.contain('title-new-error');
    expect(title.value).to.equal('   ');
    expect(q<HTMLInputElement>(el, '#new-chime-meaning').checked).to.equal(true);
    expect(await stored(store)).to.have.length(0);
    expect(fired).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('asks for at least one CHIME process', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await addThroughForm(el, 'Sleep better', []);
    await el.updateComplete;
    expect(q(el, '#new-chime-error').textContent).to.contain('Choose at least one');
    expect(q<HTMLInputElement>(el, '#title-new').value).to.equal('Sleep better');
    expect(await stored(store)).to.have.length(0);
  });

  it('stores HTML and script as plain text and shows it as text', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const payload = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    await el.addGoal({ title: payload, chime: ['identity'], notes: payload });
    await el.updateComplete;
    const toggle = q(el, '[part="goal-toggle"]');
    expect(toggle.textContent!.trim()).to.equal(payload);
    expect(toggle.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect((await stored(store))[0].title).to.equal(payload);
  });

  it('addGoal rejects a draft without a title and saves nothing', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    let error: unknown;
    await el.addGoal({ title: '', chime: ['hope'] }).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('ValidationError');
    expect(await stored(store)).to.have.length(0);
  });
});

describe('rk-goal-tracker: editing', () => {
  it('saves a field when the person leaves it, and keeps it after a reload', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Cook a proper meal', chime: ['empowerment'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Cook a proper meal');
    const updated = oneEvent(el, 'rk-goal-updated');
    await typeInto(q(el, `#why-${id}`), 'I feel better when I eat well');
    await sendKeys({ press: 'Tab' });
    const { detail } = await updated;
    expect(detail.goal.why).to.equal('I feel better when I eat well');
    await waitForStored(store, (goals) => goals[0]?.why === 'I feel better when I eat well');
    await expect(el).to.be.accessible();

    const fresh = await tracker(store);
    await openGoal(fresh, 'Cook a proper meal');
    expect(q<HTMLTextAreaElement>(fresh, `#why-${id}`).value).to.equal(
      'I feel better when I eat well',
    );
  });

  it('will not save an emptied title, keeps the text and says why', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Read a book', chime: ['meaning'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Read a book');
    const title = q<HTMLInputElement>(el, `#title-${id}`);
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(q(el, `#title-${id}-error`).textContent).to.contain('Write your goal');
    expect(title.value).to.equal('');
    expect((await stored(store))[0].title).to.equal('Read a book');
  });

  it('adds, ticks and reorders steps with the keyboard; all of it stored', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Join a choir', chime: ['connectedness'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Join a choir');
    for (const text of ['Look up choirs', 'Email the leader', 'Go along once']) {
      await typeInto(q(el, `#new-step-${id}`), text);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await waitForStored(store, (goals) => goals[0]?.steps.length === 3);

    const completed = oneEvent(el, 'rk-step-completed');
    const firstBox = all<HTMLInputElement>(el, `[part="step"] input[type="checkbox"]`)[0];
    firstBox.focus();
    await sendKeys({ press: 'Space' });
    const { detail } = await completed;
    expect(detail.step.text).to.equal('Look up choirs');
    expect(detail.step.done).to.equal(true);
    expect(detail.step.doneAt).to.be.a('string');

    // Move "Go along once" up twice with the keyboard: focus stays on its Up button.
    const last = (await stored(store))[0].steps[2];
    q(el, `#up-${last.id}`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`up-${last.id}`);
    await sendKeys({ press: 'Enter' });
    const goals = await waitForStored(store, (g) => g[0]?.steps[0].text === 'Go along once');
    expect(goals[0].steps.map((s) => s.text)).to.deep.equal([
      'Go along once',
      'Look up choirs',
      'Email the leader',
    ]);
    expect(goals[0].steps[1].done).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`down-${last.id}`);
    await expect(el).to.be.accessible();

    const fresh = await tracker(store);
    await openGoal(fresh, 'Join a choir');
    expect(all(fresh, '[part="step"] label').map((l) => l.textContent)).to.deep.equal([
      'Go along once',
      'Look up choirs',
      'Email the leader',
    ]);
    expect(q(fresh, '[part="goal"] .meta').textContent).to.contain('1 of 3 steps done');
  });

  it('edits a step in place and removes one', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    const record = await el.addGoal({
      title: 'Tidy the flat',
      chime: ['empowerment'],
      steps: [
        { id: 'a', text: 'Kitchen', done: false, doneAt: null },
        { id: 'b', text: 'Hallway', done: false, doneAt: null },
      ],
    });
    await el.updateComplete;
    await openGoal(el, 'Tidy the flat');
    q(el, '#edit-a').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('text-a');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' sink' });
    await sendKeys({ press: 'Enter' });
    await waitForStored(store, (g) => g[0]?.steps[0].text === 'Kitchen sink');
    q(el, `[aria-label="Remove step: Hallway"]`).click();
    const goals = await waitForStored(store, (g) => g[0]?.steps.length === 1);
    expect(goals[0].steps[0].id).to.equal('a');
    expect(record.id).to.be.a('string');
  });

  it('changes status (never "failed") with an event, and keeps achieved goals in view', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Finish the course', chime: ['meaning'] });
    await el.updateComplete;
    const id = await openGoal(el, 'Finish the course');
    const select = q<HTMLSelectElement>(el, `#status-${id}`);
    expect([...select.options].map((o) => o.value)).to.deep.equal([
      'active',
      'paused',
      'achieved',
      'let-go',
    ]);
    const changed = oneEvent(el, 'rk-goal-status-changed');
    select.value = 'achieved';
    select.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(detail).to.include({ from: 'active', to: 'achieved' });
    await waitForStored(store, (g) => g[0]?.status === 'achieved');
    const fresh = await tracker(store);
    expect(q(fresh, '[part="goal"] .meta').textContent).to.contain('Achieved');
  });

  it('saves barriers, supporters, a review date and notes', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'See my nan', chime: ['connectedness'] });
    await el.updateComplete;
    const id = await openGoal(el, 'See my nan');
    q(el, `#add-barrier-${id}`).click();
    await el.updateComplete;
    await typeInto(q(el, `#barrier-${id}-0`), 'The bus is expensive');
    await typeInto(q(el, `#plan-${id}-0`), 'Ask about a bus pass');
    q(el, `#add-supporter-${id}`).click();
    await el.updateComplete;
    await typeInto(q(el, `#supporter-${id}-0`), 'My keyworker');
    await typeInto(q(el, `#notes-${id}`), 'She likes daffodils');
    const review = q<HTMLInputElement>(el, `#review-${id}`);
    review.value = '2030-04-01';
    review.dispatchEvent(new Event('input'));
    review.dispatchEvent(new Event('change'));
    q(el, `#why-${id}`).focus();
    const goals = await waitForStored(
      store,
      (g) => g[0]?.notes === 'She likes daffodils' && g[0].reviewOn !== null,
    );
    expect(goals[0].barriers).to.deep.equal([
      { text: 'The bus is expensive', plan: 'Ask about a bus pass' },
    ]);
    expect(goals[0].supporters).to.deep.equal(['My keyworker']);
    expect(goals[0].reviewOn).to.equal('2030-04-01');
  });
});
