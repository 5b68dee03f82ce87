import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, type Scenario } from '../../../src/model';
import { parseCompareLink, writeCompareLink } from '../../../src/state/compareLink';
import { scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const withChanges = (changes: Partial<Scenario>): Scenario => ({ ...defaultScenario, ...changes });

describe('writeCompareLink', () => {
  it('writes the format version, then each scenario’s own link parameters under its letter', () => {
    expect(
      writeCompareLink([
        { name: 'Today', scenario: defaultScenario },
        { name: 'Heavier mix', scenario: withChanges({ loadedShare: 0.4 }) },
      ]),
    ).toBe('v=1&a.v=1&a.name=Today&b.v=1&b.name=Heavier%20mix&b.loadedShare=0.4');
  });

  it('keeps only the first three scenarios', () => {
    const four = ['W', 'X', 'Y', 'Z'].map((name) => ({ name, scenario: defaultScenario }));
    expect(writeCompareLink(four)).not.toContain('Z');
    expect(parseCompareLink(writeCompareLink(four)).items.map((item) => item.name)).toEqual([
      'W',
      'X',
      'Y',
    ]);
  });
});

describe('parseCompareLink', () => {
  it('reads back what it wrote, for any scenarios and names', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc
              .string({ minLength: 1, maxLength: 40 })
              .filter((name) => name.trim() === name && name !== ''),
            state: scenarioWithRangesArbitrary,
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (columns) => {
          const items = columns.map(({ name, state }) => ({ name, scenario: state.scenario }));
          const read = parseCompareLink(writeCompareLink(items));
          expect(read.messages).toEqual([]);
          expect(read.items).toEqual(items);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names a scenario with no name after its letter', () => {
    expect(parseCompareLink('?v=1&a.loadedShare=0.4&c.v=1').items).toEqual([
      { name: 'Scenario A', scenario: withChanges({ loadedShare: 0.4 }) },
      { name: 'Scenario C', scenario: defaultScenario },
    ]);
  });

  it.each([
    [
      'a bad value, named with its scenario and its letter',
      '?v=1&a.name=Today&b.loadedShare=abc',
      'b.loadedShare',
      'Scenario B: b.loadedShare=abc is not a number; used the default, 33%.',
    ],
    [
      'a bad value in a named scenario',
      '?v=1&b.name=Later&b.loadedShare=abc',
      'b.loadedShare',
      'Scenario B (“Later”): b.loadedShare=abc is not a number; used the default, 33%.',
    ],
    [
      'an unknown parameter outside the scenarios',
      '?v=1&a.v=1&d.loadedShare=0.4',
      'd.loadedShare',
      'd.loadedShare is not known to this calculator; ignored.',
    ],
    [
      'a version this format does not have',
      '?v=7&a.v=1',
      'v',
      'The comparison link is marked version 7; read as version 1.',
    ],
  ])('says what it could not use: %s', (_, search, param, text) => {
    const read = parseCompareLink(search);
    expect(read.messages).toEqual([expect.objectContaining({ param, text })]);
  });

  it('keeps every valid part of a scenario with a bad one', () => {
    const read = parseCompareLink('?v=1&a.loadedShare=abc&a.inquiriesPerMonth=1200');
    expect(read.items[0]?.scenario).toEqual(withChanges({ inquiriesPerMonth: 1200 }));
  });
});
