import { expect } from '@open-wc/testing';
import { createGoal, type Goal } from '../../src/core/goal.js';
import { mergeGoals } from '../../src/core/goal-merge.js';

const step = (id: string, text: string, done = false) => ({
  id,
  text,
  done,
  doneAt: done ? '2026-01-02T00:00:00.000Z' : null,
});

function goal(overrides: Partial<Goal> = {}): Goal {
  return { ...createGoal({ title: 'Walk', chime: ['hope'] }), ...overrides };
}

describe('mergeGoals', () => {
  it('is the person’s edit when nothing changed elsewhere', () => {
    const base = goal();
    const mine = goal({ why: 'air' });
    expect(mergeGoals(base, mine, structuredClone(base))).to.deep.equal({
      goal: mine,
      keptBoth: false,
    });
  });

  it('takes each field from the side that changed it', () => {
    const base = goal();
    const result = mergeGoals(
      base,
      goal({ why: 'air' }),
      goal({ notes: 'rain', status: 'paused' }),
    );
    expect(result.keptBoth).to.equal(false);
    expect(result.goal).to.include({ why: 'air', notes: 'rain', status: 'paused' });
  });

  it('keeps both texts, the person’s first, when the same text changed on both sides', () => {
    const base = goal({ why: 'start' });
    const result = mergeGoals(
      base,
      goal({ why: 'mine', title: 'Walk daily' }),
      goal({ why: 'theirs', title: 'Walk often' }),
    );
    expect(result.keptBoth).to.equal(true);
    expect(result.goal.why).to.equal('mine\n\ntheirs');
    expect(result.goal.title).to.equal('Walk daily / Walk often');
  });

  it('does not double a text both sides changed the same way', () => {
    const result = mergeGoals(goal(), goal({ why: 'same' }), goal({ why: 'same' }));
    expect(result).to.deep.include({ keptBoth: false });
    expect(result.goal.why).to.equal('same');
  });

  it('merges steps by id: added on both sides, ticked off elsewhere, edited here, removed on one side', () => {
    const base = goal({ steps: [step('a', 'shoes'), step('b', 'door'), step('c', 'gone')] });
    const mine = goal({ steps: [step('a', 'shoes on'), step('b', 'door'), step('m', 'mine new')] });
    const theirs = goal({
      steps: [
        step('a', 'shoes'),
        step('b', 'door', true),
        step('c', 'gone'),
        step('t', 'theirs new'),
      ],
    });
    const { goal: merged, keptBoth } = mergeGoals(base, mine, theirs);
    expect(keptBoth).to.equal(false);
    expect(merged.steps.map((s) => [s.id, s.text, s.done])).to.deep.equal([
      ['a', 'shoes on', false],
      ['b', 'door', true],
      ['m', 'mine new', false],
      ['t', 'theirs new', false],
    ]);
  });

  it('keeps both texts of a step edited on both sides', () => {
    const base = goal({ steps: [step('a', 'shoes')] });
    const { goal: merged, keptBoth } = mergeGoals(
      base,
      goal({ steps: [step('a', 'boots')] }),
      goal({ steps: [step('a', 'trainers')] }),
    );
    expect(keptBoth).to.equal(true);
    expect(merged.steps[0].text).to.equal('boots / trainers');
  });

  it('merges CHIME processes and supporters as sets', () => {
    const base = goal({ chime: ['hope', 'meaning'], supporters: ['Sam', 'Ali'] });
    const mine = goal({ chime: ['hope', 'meaning', 'identity'], supporters: ['Sam'] });
    const theirs = goal({ chime: ['hope', 'connectedness'], supporters: ['Sam', 'Ali', 'Jo'] });
    const { goal: merged } = mergeGoals(base, mine, theirs);
    expect(merged.chime).to.deep.equal(['hope', 'identity', 'connectedness']);
    expect(merged.supporters).to.deep.equal(['Sam', 'Jo']);
  });
});
