import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createGoal, validateGoal, type Goal } from '../../src/core/goal.js';
import {
  addStep,
  changeStatus,
  chimeOverview,
  editStep,
  isReviewDue,
  matchesFilter,
  moveStep,
  removeStep,
  setStepDone,
} from '../../src/core/goal-operations.js';

const base = (): Goal => createGoal({ title: 'Join a choir', chime: ['connectedness'] });
const withSteps = (...texts: string[]) =>
  texts.reduce((goal, text) => addStep(goal, text, text), base());

describe('goal operations', () => {
  it('adds trimmed steps and ignores blank ones, without touching the input', () => {
    const before = base();
    const after = addStep(addStep(before, '  Look up choirs nearby ', 'a'), '   ', 'b');
    expect(before.steps).to.deep.equal([]);
    expect(after.steps).to.deep.equal([
      { id: 'a', text: 'Look up choirs nearby', done: false, doneAt: null },
    ]);
  });

  it('gives new steps unique ids by default', () => {
    const goal = addStep(addStep(base(), 'one'), 'two');
    expect(goal.steps[0].id).to.not.equal(goal.steps[1].id);
    expect(validateGoal(goal)).to.deep.equal([]);
  });

  it('edits a step, keeping it when the new text is blank', () => {
    const goal = withSteps('a', 'b');
    expect(editStep(goal, 'b', ' Bee ').steps.map((s) => s.text)).to.deep.equal(['a', 'Bee']);
    expect(editStep(goal, 'b', ' ')).to.equal(goal);
  });

  it('ticks a step off with a time and unticks it', () => {
    const now = new Date('2026-05-01T09:30:00.000Z');
    const done = setStepDone(withSteps('a'), 'a', true, now);
    expect(done.steps[0]).to.include({ done: true, doneAt: '2026-05-01T09:30:00.000Z' });
    expect(setStepDone(done, 'a', false, now).steps[0]).to.include({ done: false, doneAt: null });
  });

  it('removes a step', () => {
    expect(removeStep(withSteps('a', 'b', 'c'), 'b').steps.map((s) => s.id)).to.deep.equal([
      'a',
      'c',
    ]);
  });

  it('moves a step up and down, clamped at the ends', () => {
    const goal = withSteps('a', 'b', 'c');
    expect(moveStep(goal, 'c', -1).steps.map((s) => s.id)).to.deep.equal(['a', 'c', 'b']);
    expect(moveStep(goal, 'a', 1).steps.map((s) => s.id)).to.deep.equal(['b', 'a', 'c']);
    expect(moveStep(goal, 'a', -1)).to.equal(goal);
    expect(moveStep(goal, 'c', 5)).to.equal(goal);
    expect(moveStep(goal, 'missing', 1)).to.equal(goal);
  });

  it('keeps every step when moving, whatever the moves (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(5), fc.integer({ min: -3, max: 3 })), { maxLength: 20 }),
        (moves) => {
          let goal = withSteps('a', 'b', 'c', 'd', 'e', 'f');
          for (const [index, offset] of moves) goal = moveStep(goal, goal.steps[index].id, offset);
          expect(goal.steps.map((s) => s.id).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
        },
      ),
    );
  });

  it('changes status', () => {
    expect(changeStatus(base(), 'let-go').status).to.equal('let-go');
  });
});

describe('review due', () => {
  const now = new Date(2026, 4, 10, 12);
  const due = (reviewOn: string | null, status: Goal['status'] = 'active') =>
    isReviewDue({ ...base(), reviewOn, status }, now);

  it('is due on or after the review day for active and paused goals only', () => {
    expect(due(null)).to.equal(false);
    expect(due('2026-05-11')).to.equal(false);
    expect(due('2026-05-10')).to.equal(true);
    expect(due('2025-12-31', 'paused')).to.equal(true);
    expect(due('2025-12-31', 'achieved')).to.equal(false);
    expect(due('2025-12-31', 'let-go')).to.equal(false);
  });
});

describe('filter and overview', () => {
  const goals: Goal[] = [
    { ...withSteps('a', 'b'), chime: ['hope', 'meaning'], status: 'achieved' },
    { ...setStepDone(withSteps('c'), 'c', true, new Date()), chime: ['hope'] },
    { ...base(), chime: ['identity'], status: 'paused' },
  ];

  it('filters by process and status', () => {
    expect(goals.filter((g) => matchesFilter(g, { chime: 'hope' })).length).to.equal(2);
    expect(
      goals.filter((g) => matchesFilter(g, { chime: 'hope', status: 'active' })).length,
    ).to.equal(1);
    expect(goals.filter((g) => matchesFilter(g, { chime: '', status: '' })).length).to.equal(3);
  });

  it('counts goals and steps per CHIME process, in order', () => {
    expect(chimeOverview(goals)).to.deep.equal([
      { key: 'connectedness', goals: 0, achieved: 0, stepsDone: 0, stepsTotal: 0 },
      { key: 'hope', goals: 2, achieved: 1, stepsDone: 1, stepsTotal: 3 },
      { key: 'identity', goals: 1, achieved: 0, stepsDone: 0, stepsTotal: 0 },
      { key: 'meaning', goals: 1, achieved: 1, stepsDone: 0, stepsTotal: 2 },
      { key: 'empowerment', goals: 0, achieved: 0, stepsDone: 0, stepsTotal: 0 },
    ]);
  });
});
