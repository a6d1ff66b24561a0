import { expect } from '@open-wc/testing';
import { CHIME_KEYS, CHIME_PROCESSES, isChimeKey } from '../../src/core/chime.js';
import {
  createGoal,
  goalModel,
  isDateOnly,
  validateGoal,
  GOAL_TEXT_MAX,
  type Goal,
} from '../../src/core/goal.js';

const valid = (): Goal =>
  createGoal({
    title: 'Walk to the park on Saturdays',
    chime: ['connectedness', 'hope'],
    steps: [{ id: 's1', text: 'Find my shoes', done: true, doneAt: '2026-01-02T10:00:00.000Z' }],
    barriers: [{ text: 'Rain', plan: 'Take a coat' }],
    supporters: ['My sister'],
    reviewOn: '2026-03-01',
  });

const paths = (data: unknown) => validateGoal(data).map((p) => `${p.path}:${p.code}`);

describe('chime', () => {
  it('lists the five processes in order, each with a name and description', () => {
    expect(CHIME_KEYS).to.deep.equal([
      'connectedness',
      'hope',
      'identity',
      'meaning',
      'empowerment',
    ]);
    expect(CHIME_PROCESSES.map((p) => p.key)).to.deep.equal([...CHIME_KEYS]);
    for (const p of CHIME_PROCESSES)
      expect(p.name && p.about)
        .to.be.a('string')
        .and.not.equal('');
  });

  it('recognises only its own keys', () => {
    expect(isChimeKey('hope')).to.equal(true);
    expect(isChimeKey('Hope')).to.equal(false);
    expect(isChimeKey(undefined)).to.equal(false);
  });
});

describe('goal model', () => {
  it('describes the goal kind at schema version 1', () => {
    expect(goalModel.kind).to.equal('goal');
    expect(goalModel.schemaVersion).to.equal(1);
  });

  it('creates a goal with empty defaults and a trimmed title', () => {
    const goal = createGoal({ title: '  Sleep better  ', chime: ['empowerment'] });
    expect(goal).to.deep.equal({
      title: 'Sleep better',
      chime: ['empowerment'],
      why: '',
      strengths: '',
      steps: [],
      barriers: [],
      supporters: [],
      reviewOn: null,
      status: 'active',
      notes: '',
    });
    expect(validateGoal(goal)).to.deep.equal([]);
  });

  it('accepts a full goal', () => {
    expect(goalModel.validate(valid())).to.deep.equal([]);
  });

  it('keeps HTML, emoji, RTL and very long text as it is', () => {
    const goal = {
      ...valid(),
      notes: '<img src=x onerror=alert(1)> 🌱 مرحبا ' + 'x'.repeat(100_000),
    };
    expect(validateGoal(goal)).to.deep.equal([]);
  });

  it('reports every problem with its field path', () => {
    const bad = {
      ...valid(),
      title: '   ',
      chime: ['hope', 'hope', 'wellness'],
      why: 3,
      steps: [
        { id: 'a', text: '', done: 'yes', doneAt: 'not a date' },
        { id: 'a', text: 'ok', done: false, doneAt: null },
        null,
      ],
      barriers: [{ text: 'x', plan: 1 }],
      supporters: ['ok', 5],
      reviewOn: '2026-02-30',
      status: 'failed',
    };
    expect(paths(bad)).to.deep.equal([
      'title:required',
      'chime.1:duplicate',
      'chime.2:invalid-value',
      'why:invalid-type',
      'steps.0.text:required',
      'steps.0.done:invalid-type',
      'steps.0.doneAt:invalid-date',
      'steps.1.id:duplicate',
      'steps.2:invalid-type',
      'barriers.0.plan:invalid-type',
      'supporters.1:invalid-type',
      'reviewOn:invalid-date',
      'status:invalid-value',
    ]);
  });

  it('needs at least one CHIME process', () => {
    expect(paths({ ...valid(), chime: [] })).to.deep.equal(['chime:required']);
  });

  it('refuses text over the limit and anything that is not an object', () => {
    expect(paths({ ...valid(), notes: 'x'.repeat(GOAL_TEXT_MAX + 1) })).to.deep.equal([
      'notes:too-long',
    ]);
    expect(paths(null)).to.deep.equal([':invalid-type']);
    expect(paths([])).to.deep.equal([':invalid-type']);
    expect(paths({})).to.include('title:invalid-type');
  });

  it('accepts only real calendar dates', () => {
    expect(isDateOnly('2028-02-29')).to.equal(true);
    expect(isDateOnly('2027-02-29')).to.equal(false);
    expect(isDateOnly('2027-1-2')).to.equal(false);
    expect(isDateOnly(20270102)).to.equal(false);
  });
});
