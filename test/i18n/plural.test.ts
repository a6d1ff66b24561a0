import { expect } from '@open-wc/testing';
import { fill, message, select } from '../../src/i18n/message.js';
import { plural, pluralCategories } from '../../src/i18n/plural.js';

function stubWarn(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (text: unknown) => messages.push(String(text));
  return { messages, restore: () => (console.warn = original) };
}

describe('plural strings', () => {
  it('choose the CLDR form with the rules of their own locale', () => {
    const welsh = plural('cy', {
      zero: 'dim {count}',
      one: 'un {count}',
      two: 'dau {count}',
      few: 'tri {count}',
      many: 'chwe {count}',
      other: 'arall {count}',
    });
    expect([0, 1, 2, 3, 6, 4, 11].map((n) => welsh(n))).to.deep.equal([
      'dim 0',
      'un 1',
      'dau 2',
      'tri 3',
      'chwe 6',
      'arall 4',
      'arall 11',
    ]);
    expect(pluralCategories('cy')).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('en-GB')).to.deep.equal(['one', 'other']);
  });

  it('fill named placeholders, with the count where the params say', () => {
    const shown = plural(
      'en-GB',
      { one: '{shown} of {total} goal', other: '{shown} of {total} goals' },
      ['shown', 'total'],
      'total',
    );
    expect(shown(1, 1)).to.equal('1 of 1 goal');
    expect(shown(1, 3)).to.equal('1 of 3 goals');
    expect(plural('en-GB', { one: '{count} entry', other: '{count} entries' })(12345)).to.equal(
      '12,345 entries',
    );
  });

  it('fall back to other when a form is missing, warning once', () => {
    const warn = stubWarn();
    try {
      const thin = plural('cy', { one: '{count} nod', other: '{count} o nodau' });
      expect(thin(2)).to.equal('2 o nodau');
      expect(thin(2)).to.equal('2 o nodau');
      expect(thin(3)).to.equal('3 o nodau');
      expect(thin(1)).to.equal('1 nod');
      expect(warn.messages.filter((m) => m.includes('"two"'))).to.have.length(1);
      expect(warn.messages.filter((m) => m.includes('"few"'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});

describe('message and select', () => {
  it('carry their text as data and work as the functions they replace', () => {
    const added = message(['title'], 'Added ‘{title}’.');
    expect(added('Walk')).to.equal('Added ‘Walk’.');
    expect(added.message).to.deep.equal({ params: ['title'], text: 'Added ‘{title}’.' });
    const status = select({ active: 'Active', paused: 'Paused' });
    expect(status('paused')).to.equal('Paused');
    expect(status('gone' as 'active')).to.equal('gone');
    expect(fill('{a} and {b}', ['a'], ['x'])).to.equal('x and {b}');
  });
});
