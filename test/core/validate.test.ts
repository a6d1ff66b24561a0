import { expect } from '@open-wc/testing';
import type { ValidationProblem } from '../../src/core/model.js';
import { checkList, checkText, isPlainObject, isTimestamp } from '../../src/core/validate.js';

function textProblems(value: unknown, max: number, required?: boolean) {
  const problems: ValidationProblem[] = [];
  const isText = checkText(problems, 'field', value, max, required);
  return { isText, problems };
}

describe('validate: the small checks every model shares', () => {
  it('tells a plain object from null, lists and other values', () => {
    expect(isPlainObject({})).to.equal(true);
    expect(isPlainObject({ a: 1 })).to.equal(true);
    for (const value of [null, undefined, [], [1], 'text', 3, true])
      expect(isPlainObject(value), String(value)).to.equal(false);
  });

  it('tells a moment in time from other text', () => {
    expect(isTimestamp('2026-03-03T10:00:00.000Z')).to.equal(true);
    expect(isTimestamp('2026-03-03')).to.equal(true);
    for (const value of ['', 'soon', 'not a date', 1_700_000_000_000, null, new Date()])
      expect(isTimestamp(value), String(value)).to.equal(false);
  });

  it('accepts text up to its limit, and empty text unless it is required', () => {
    expect(textProblems('', 5)).to.deep.equal({ isText: true, problems: [] });
    expect(textProblems('  ', 5)).to.deep.equal({ isText: true, problems: [] });
    expect(textProblems('abcde', 5)).to.deep.equal({ isText: true, problems: [] });
    expect(textProblems(' a ', 5, true)).to.deep.equal({ isText: true, problems: [] });
  });

  it('reports what is not text, and says so to the caller', () => {
    for (const value of [undefined, null, 3, ['a'], { text: 'a' }])
      expect(textProblems(value, 5, true), String(value)).to.deep.equal({
        isText: false,
        problems: [{ path: 'field', code: 'invalid-type' }],
      });
  });

  it('reports blank required text and text over the limit, with the limit', () => {
    expect(textProblems('', 5, true).problems).to.deep.equal([{ path: 'field', code: 'required' }]);
    expect(textProblems(' \n\t', 5, true).problems).to.deep.equal([
      { path: 'field', code: 'required' },
    ]);
    expect(textProblems('abcdef', 5)).to.deep.equal({
      isText: true,
      problems: [{ path: 'field', code: 'too-long', params: { max: 5 } }],
    });
    expect(textProblems('abcdef', 5, true).problems).to.deep.equal([
      { path: 'field', code: 'too-long', params: { max: 5 } },
    ]);
  });

  it('adds to the problems already found', () => {
    const problems: ValidationProblem[] = [{ path: 'before', code: 'unknown' }];
    checkText(problems, 'a', 1, 5);
    checkText(problems, 'b', '', 5, true);
    expect(problems.map((problem) => problem.path)).to.deep.equal(['before', 'a', 'b']);
  });

  it('accepts a list up to its limit and reports anything else', () => {
    const check = (value: unknown, max: number) => {
      const problems: ValidationProblem[] = [];
      return { isList: checkList(problems, 'list', value, max), problems };
    };
    expect(check([], 2)).to.deep.equal({ isList: true, problems: [] });
    expect(check([1, 2], 2)).to.deep.equal({ isList: true, problems: [] });
    expect(check([1, 2, 3], 2)).to.deep.equal({
      isList: true,
      problems: [{ path: 'list', code: 'too-long', params: { max: 2 } }],
    });
    for (const value of [undefined, null, 'ab', { 0: 'a', length: 1 }])
      expect(check(value, 2), String(value)).to.deep.equal({
        isList: false,
        problems: [{ path: 'list', code: 'invalid-type' }],
      });
  });
});
