import { expect } from '@open-wc/testing';
import {
  anchorFor,
  areaSetId,
  checkAreaSet,
  DEFAULT_AREA_SET,
  DEFAULT_AREA_SET_ID,
  DEFAULT_AREAS,
  isScore,
} from '../../src/core/life-areas.js';

describe('default life areas', () => {
  it('has eight areas with unique, non-empty keys and labels', () => {
    expect(DEFAULT_AREAS).to.have.length(8);
    expect(new Set(DEFAULT_AREAS.map((a) => a.key)).size).to.equal(8);
    expect(DEFAULT_AREAS.map((a) => a.key)).to.deep.equal([
      'wellbeing',
      'body',
      'home',
      'money',
      'activity',
      'people',
      'self',
      'hope',
    ]);
    for (const area of DEFAULT_AREAS) expect(area.label.trim()).not.to.equal('');
  });

  it('passes its own check and keeps the default id', () => {
    const check = checkAreaSet(DEFAULT_AREAS);
    expect(check.ok).to.equal(true);
    if (check.ok) expect(check.set.id).to.equal(DEFAULT_AREA_SET_ID);
  });

  it('has neutral anchors only at the ends and the middle', () => {
    const home = DEFAULT_AREAS[2];
    expect(anchorFor(1, home, DEFAULT_AREA_SET)).to.equal('Really hard right now');
    expect(anchorFor(5, home, DEFAULT_AREA_SET)).to.equal('Some good days, some hard ones');
    expect(anchorFor(6, home, DEFAULT_AREA_SET)).to.equal('Some good days, some hard ones');
    expect(anchorFor(10, home, DEFAULT_AREA_SET)).to.equal('Going really well');
    expect(anchorFor(3, home, DEFAULT_AREA_SET)).to.equal(undefined);
  });
});

describe('areaSetId', () => {
  it('is stable for the same keys and differs for different keys or order', () => {
    const a = areaSetId([{ key: 'x' }, { key: 'y' }]);
    expect(a).to.match(/^areas-[0-9a-f]{8}$/);
    expect(areaSetId([{ key: 'x' }, { key: 'y' }])).to.equal(a);
    expect(areaSetId([{ key: 'y' }, { key: 'x' }])).not.to.equal(a);
    expect(areaSetId([{ key: 'x' }])).not.to.equal(a);
  });
});

describe('checkAreaSet', () => {
  it('rejects something that is not a list of areas', () => {
    for (const input of [undefined, null, 'areas', 3, { areas: 'x' }]) {
      const check = checkAreaSet(input);
      expect(check.ok).to.equal(false);
      if (!check.ok)
        expect(check.problems[0]).to.deep.equal({ path: 'areas', code: 'invalid-type' });
    }
  });

  it('rejects an empty set', () => {
    const check = checkAreaSet([]);
    expect(check.ok).to.equal(false);
    if (!check.ok) expect(check.problems).to.deep.include({ path: 'areas', code: 'required' });
  });

  it('reports empty keys, empty labels and duplicate keys with their paths', () => {
    const check = checkAreaSet([
      { key: 'a', label: 'A' },
      { key: '  ', label: 'Blank' },
      { key: 'a', label: 'Again' },
      { key: 'c', label: '' },
      'not an area',
    ]);
    expect(check.ok).to.equal(false);
    if (check.ok) return;
    expect(check.problems).to.deep.include({ path: 'areas.1.key', code: 'required' });
    expect(check.problems).to.deep.include({
      path: 'areas.2.key',
      code: 'duplicate',
      params: { key: 'a' },
    });
    expect(check.problems).to.deep.include({ path: 'areas.3.label', code: 'required' });
    expect(check.problems).to.deep.include({ path: 'areas.4', code: 'invalid-type' });
  });

  it('accepts a host set with its own id, descriptions and anchors', () => {
    const check = checkAreaSet({
      id: 'our-set',
      areas: [
        {
          key: 'sleep',
          label: ' Sleep ',
          description: 'Rest',
          anchors: [{ from: 1, label: 'Hardly' }],
        },
        { key: 'food', label: 'Food' },
      ],
      anchors: [{ from: 1, to: 3, label: 'Low' }],
    });
    expect(check.ok).to.equal(true);
    if (!check.ok) return;
    expect(check.set.id).to.equal('our-set');
    expect(check.set.areas[0]).to.deep.equal({
      key: 'sleep',
      label: 'Sleep',
      description: 'Rest',
      anchors: [{ from: 1, label: 'Hardly' }],
    });
    expect(anchorFor(2, check.set.areas[1], check.set)).to.equal('Low');
    expect(anchorFor(1, check.set.areas[0], check.set)).to.equal('Hardly');
  });

  it('derives an id for a plain list', () => {
    const check = checkAreaSet([{ key: 'sleep', label: 'Sleep' }]);
    expect(check.ok && check.set.id).to.equal(areaSetId([{ key: 'sleep' }]));
  });

  it('rejects anchors outside the scale', () => {
    const check = checkAreaSet({
      areas: [{ key: 'a', label: 'A' }],
      anchors: [
        { from: 0, label: 'x' },
        { from: 4, to: 2, label: 'y' },
      ],
    });
    expect(check.ok).to.equal(false);
    if (!check.ok) {
      expect(check.problems.map((p) => p.path)).to.deep.equal(['anchors.0', 'anchors.1']);
    }
  });
});

describe('isScore', () => {
  it('accepts whole numbers 1-10 only', () => {
    expect([1, 5, 10].every(isScore)).to.equal(true);
    for (const bad of [0, 11, 5.5, NaN, '5', null, undefined, -1])
      expect(isScore(bad)).to.equal(false);
  });
});
