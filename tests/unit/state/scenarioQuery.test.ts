import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario } from '../../../src/model';
import { MAX_NAME_LENGTH } from '../../../src/state/boundary';
import { MAX_SEED, parseSharedLink, writeSharedLink } from '../../../src/state/link';
import {
  glanceAt,
  handOverQuery,
  scenarioQueryOf,
  type QueryRange,
} from '../../../src/state/scenarioQuery';
import { presetIdArbitrary, scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const measured: Record<'loadedShare' | 'routerRecall', QueryRange> = {
  loadedShare: { low: 0.2425, likely: 0.32, high: 0.4098 },
  routerRecall: { low: 0.6456, likely: 1, high: 1 },
};

describe(scenarioQueryOf, () => {
  it('keeps the query as written, without "?" and without the from marker', () => {
    expect(scenarioQueryOf('?v=1&name=Q3%20plan&from=segment:loadedShare&seed=7')).toBe(
      'v=1&name=Q3%20plan&seed=7',
    );
    expect(scenarioQueryOf('')).toBe('');
    expect(scenarioQueryOf('?')).toBe('');
  });
});

describe(handOverQuery, () => {
  it('replaces only the measured fields, where they stood, and marks the link as from the worksheet', () => {
    expect(
      handOverQuery('inquiriesPerMonth=1200&loadedShare=0.5&lostClientValue=3000', measured),
    ).toBe(
      'inquiriesPerMonth=1200&loadedShare=0.2425~0.32~0.4098&lostClientValue=3000' +
        '&routerRecall=0.6456~1~1&from=segment:loadedShare,routerRecall',
    );
  });

  it('drops repeats of a measured field and an earlier from marker', () => {
    expect(
      handOverQuery('loadedShare=0.1&from=segment:routerRecall&loadedShare=0.2', {
        loadedShare: measured.loadedShare,
      }),
    ).toBe('loadedShare=0.2425~0.32~0.4098&from=segment:loadedShare');
  });

  it('names the link version when there is no scenario to carry', () => {
    expect(handOverQuery('', { loadedShare: measured.loadedShare })).toBe(
      'v=1&loadedShare=0.2425~0.32~0.4098&from=segment:loadedShare',
    );
  });

  it('gives back the full scenario, ranges, preset, name and seed with only the measured fields changed (property)', () => {
    fc.assert(
      fc.property(
        scenarioWithRangesArbitrary,
        presetIdArbitrary,
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_NAME_LENGTH / 2 }), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 0, max: MAX_SEED }), { nil: undefined }),
        ({ scenario, ranges }, presetId, name, seed) => {
          const query = writeSharedLink({ scenario, ranges, presetId, name, seed });
          const carried = scenarioQueryOf(`?${query}`);
          const back = parseSharedLink(`?${handOverQuery(carried, measured)}`);
          expect(back.messages).toEqual([]);
          expect(back.scenario).toEqual({
            ...scenario,
            loadedShare: 0.32,
            routerRecall: 1,
          });
          expect(back.ranges).toEqual({ ...ranges, ...measured });
          expect(back.presetId).toBe(presetId);
          expect(back.name).toBe(name);
          expect(back.seed).toBe(seed);
          expect(back.fromWorksheet).toEqual(['loadedShare', 'routerRecall']);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe(glanceAt, () => {
  it('reads the key inputs the query sets, and the rest from the default scenario', () => {
    expect(glanceAt('inquiriesPerMonth=1200&lostClientValue=3000')).toEqual({
      name: null,
      presetName: null,
      currency: 'GBP',
      inquiriesPerMonth: 1200,
      lostClientValue: 3000,
      loadedShare: defaultScenario.loadedShare,
      otherInputs: 0,
    });
  });

  it('starts from the preset the query names, reads a range by its likely value and counts the other inputs', () => {
    const glance = glanceAt(
      'v=1&preset=klarna-hybrid&name=Q3%20plan&loadedShare=0.2~0.3~0.4&currency=EUR&routerRecall=0.8&seed=7',
    );
    expect(glance).toMatchObject({
      name: 'Q3 plan',
      presetName: 'Klarna’s hybrid',
      currency: 'EUR',
      loadedShare: 0.3,
      otherInputs: 1,
    });
  });

  it.each(['abc', '-5', '1e999', '0x10'])(
    'shows the fallback the calculator would use for inquiriesPerMonth=%s',
    (text) => {
      expect(glanceAt(`inquiriesPerMonth=${text}&currency=XYZ`)).toMatchObject({
        inquiriesPerMonth: defaultScenario.inquiriesPerMonth,
        currency: defaultScenario.currency,
      });
    },
  );
});
