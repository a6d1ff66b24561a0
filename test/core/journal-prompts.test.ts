import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROMPTS,
  THREE_GOOD_THINGS_PROMPT_ID,
  promptIndexForDay,
  usablePrompts,
} from '../../src/core/journal-prompts.js';

describe('journal prompts', () => {
  it('ships a set of prompts including three good things', () => {
    expect(DEFAULT_PROMPTS.length).to.be.greaterThan(4);
    const three = DEFAULT_PROMPTS.find((p) => p.id === THREE_GOOD_THINGS_PROMPT_ID);
    expect(three?.form).to.equal('three-good-things');
    expect(new Set(DEFAULT_PROMPTS.map((p) => p.id)).size).to.equal(DEFAULT_PROMPTS.length);
  });

  it('keeps the usable prompts a host gives and warns about the rest', () => {
    const warnings: string[] = [];
    const prompts = usablePrompts(
      [
        { id: 'a', text: 'One' },
        { id: 'a', text: 'Repeat' },
        { id: '', text: 'x' },
        null,
        { id: 'b', text: 'Two', form: 'odd' },
      ],
      (message) => warnings.push(message),
    );
    expect(prompts).to.deep.equal([
      { id: 'a', text: 'One', form: 'free' },
      { id: 'b', text: 'Two', form: 'free' },
    ]);
    expect(warnings).to.have.length(3);
  });

  it('falls back to the defaults for a missing, empty or wrong list', () => {
    const warnings: string[] = [];
    expect(usablePrompts(undefined)).to.equal(DEFAULT_PROMPTS);
    expect(usablePrompts([], (m) => warnings.push(m))).to.equal(DEFAULT_PROMPTS);
    expect(usablePrompts('prompts', (m) => warnings.push(m))).to.equal(DEFAULT_PROMPTS);
    expect(warnings).to.have.length(2);
  });

  it('rotates one prompt per day', () => {
    expect(promptIndexForDay(5, '1970-01-01')).to.equal(0);
    expect(promptIndexForDay(5, '1970-01-02')).to.equal(1);
    expect(promptIndexForDay(5, '1970-01-06')).to.equal(0);
    expect(promptIndexForDay(3, '1969-12-31')).to.equal(2);
    expect(promptIndexForDay(0, '2026-01-01')).to.equal(-1);
  });
});
