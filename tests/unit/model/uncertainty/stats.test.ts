import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/model/presets';
import type { SimulationSamples } from '../../../../src/model/uncertainty/simulate';
import { simulate } from '../../../../src/model/uncertainty/simulate';
import {
  describeChance,
  describeLikeliestCheapest,
  describeTwoTierVersusSingleTier,
  histogram,
  percentileOfSorted,
  percentiles,
  summarize,
} from '../../../../src/model/uncertainty/stats';

/** Ten hand-made draws; all-human costs 100 in each. */
const TEN_DRAWS: SimulationSamples = {
  draws: 10,
  seed: 1,
  totalCost: {
    allHuman: Float64Array.from({ length: 10 }, () => 100),
    singleTierAi: Float64Array.from([90, 95, 105, 110, 120, 80, 130, 100, 140, 150]),
    twoTier: Float64Array.from([85, 99, 100, 100, 101, 90, 102, 98, 103, 104]),
  },
  // indexes into deploymentIds: five all-human, two single-tier, three two-tier
  recommended: Uint8Array.from([2, 1, 0, 0, 0, 1, 2, 2, 0, 0]),
};

describe(percentileOfSorted, () => {
  it.each([
    // position (n − 1) p: 0.4 → 10 + 0.4 × 10
    [0.1, 14],
    [0.5, 30],
    // position 3.6 → 40 + 0.6 × 10
    [0.9, 46],
    [0, 10],
    [1, 50],
  ])('p = %s of 10, 20, 30, 40, 50 is %s', (p, expected) => {
    expect(percentileOfSorted([10, 20, 30, 40, 50], p)).toBeCloseTo(expected, 12);
  });

  it('is the value itself for one value and NaN for none', () => {
    expect(percentileOfSorted([7], 0.9)).toBe(7);
    expect(percentileOfSorted([], 0.5)).toBeNaN();
  });
});

describe(percentiles, () => {
  it('sorts before it reads, and leaves its input alone', () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentiles(values)).toEqual({ p10: 14, p50: 30, p90: 46 });
    expect(values).toEqual([50, 10, 40, 20, 30]);
  });
});

describe(histogram, () => {
  it('puts zero on an edge and counts every value once', () => {
    // width (5 − (−3)) / 4 = 2; edges −4, −2, 0, 2, 4, 6
    expect(histogram([-3, -1, 0, 1, 5], 4)).toEqual([
      { from: -4, to: -2, count: 1 },
      { from: -2, to: 0, count: 1 },
      { from: 0, to: 2, count: 2 },
      { from: 2, to: 4, count: 0 },
      { from: 4, to: 6, count: 1 },
    ]);
  });

  it('closes the last bar on a maximum that falls on an edge', () => {
    // width (8 − 0) / 4 = 2: 8 belongs to [6, 8], not to a fifth bar
    const bins = histogram([0, 1, 8], 4);
    expect(bins).toHaveLength(4);
    expect(bins[3]).toEqual({ from: 6, to: 8, count: 1 });
  });

  it('gives one bar for values all equal, and none for no values', () => {
    expect(histogram([3, 3, 3])).toEqual([{ from: 3, to: 3, count: 3 }]);
    expect(histogram([])).toEqual([]);
  });
});

describe(summarize, () => {
  const summary = summarize(TEN_DRAWS, 4);

  it('counts how often each deployment is recommended', () => {
    expect(summary.probability.cheapest).toEqual({
      allHuman: 0.5,
      singleTierAi: 0.2,
      twoTier: 0.3,
    });
  });

  it('counts the draws in which two-tier is strictly cheaper, a tie not counting', () => {
    // two-tier below single-tier in all draws but the 2nd (99 > 95) and the 6th (90 > 80)
    expect(summary.probability.twoTierBeatsSingleTier).toBe(0.8);
    // below all-human's 100 in the 1st, 2nd, 6th and 8th; the 3rd and 4th are ties
    expect(summary.probability.twoTierBeatsAllHuman).toBe(0.4);
  });

  it('reads the percentiles of each total and of each net gain over all-human', () => {
    // single-tier sorted 80 90 95 100 105 110 120 130 140 150:
    // p10 at 0.9 → 80 + 9 = 89; p50 at 4.5 → 107.5; p90 at 8.1 → 140 + 1 = 141
    expect(summary.percentiles.singleTierAi.totalCost).toEqual({ p10: 89, p50: 107.5, p90: 141 });
    // its net gain 100 − total mirrors it: p10 = 100 − 141, p90 = 100 − 89
    const gain = summary.percentiles.singleTierAi.netGain;
    expect(gain.p10).toBeCloseTo(-41, 12);
    expect(gain.p50).toBeCloseTo(-7.5, 12);
    expect(gain.p90).toBeCloseTo(11, 12);
    // two-tier sorted 85 90 98 99 100 100 101 102 103 104: p10 85 + 0.9 × 5, p90 103 + 0.1 × 1
    const twoTier = summary.percentiles.twoTier.totalCost;
    expect(twoTier.p10).toBeCloseTo(89.5, 12);
    expect(twoTier.p50).toBe(100);
    expect(twoTier.p90).toBeCloseTo(103.1, 12);
    expect(summary.percentiles.allHuman.totalCost).toEqual({ p10: 100, p50: 100, p90: 100 });
  });

  it('bins two-tier minus single-tier', () => {
    // differences −5 4 −5 −10 −19 10 −28 −2 −37 −46; width (10 + 46) / 4 = 14, edges from −56
    expect(summary.twoTierMinusSingleTier).toEqual([
      { from: -56, to: -42, count: 1 },
      { from: -42, to: -28, count: 1 },
      { from: -28, to: -14, count: 2 },
      { from: -14, to: 0, count: 4 },
      { from: 0, to: 14, count: 2 },
    ]);
  });

  it('keeps the number of draws and the seed', () => {
    expect(summary.draws).toBe(10);
    expect(summary.seed).toBe(1);
  });

  it('gives chances that add up to 1 and spreads in order on a real simulation', () => {
    const real = summarize(
      simulate(
        defaultScenario,
        { fumbleRateAiLoaded: { low: 0.05, likely: 0.2, high: 0.4 } },
        { seed: 1, draws: 2_000 },
      ),
    );
    const { cheapest } = real.probability;
    expect(cheapest.allHuman + cheapest.singleTierAi + cheapest.twoTier).toBeCloseTo(1, 12);
    for (const spread of [
      real.percentiles.twoTier.totalCost,
      real.percentiles.singleTierAi.netGain,
    ]) {
      expect(spread.p10).toBeLessThanOrEqual(spread.p50);
      expect(spread.p50).toBeLessThanOrEqual(spread.p90);
    }
    expect(real.twoTierMinusSingleTier.reduce((sum, bin) => sum + bin.count, 0)).toBe(2_000);
  });
});

describe(describeChance, () => {
  const outcome = 'two-tier costs less than single-tier';
  it.each([
    [0, 'In no plausible case two-tier costs less than single-tier.'],
    [0.004, 'In almost no plausible case two-tier costs less than single-tier.'],
    [0.03, 'In fewer than 1 in 20 plausible cases two-tier costs less than single-tier.'],
    [0.06, 'In about 1 of 10 plausible cases two-tier costs less than single-tier.'],
    [0.5, 'In about 5 of 10 plausible cases two-tier costs less than single-tier.'],
    [0.87, 'In about 9 of 10 plausible cases two-tier costs less than single-tier.'],
    [0.949, 'In about 9 of 10 plausible cases two-tier costs less than single-tier.'],
    [0.96, 'In more than 19 of 20 plausible cases two-tier costs less than single-tier.'],
    [0.999, 'In almost every plausible case two-tier costs less than single-tier.'],
    [1, 'In every plausible case two-tier costs less than single-tier.'],
  ])('%s → %s', (probability, sentence) => {
    expect(describeChance(probability, outcome)).toBe(sentence);
  });
});

describe(describeTwoTierVersusSingleTier, () => {
  it('states how often two-tier costs less than single-tier', () => {
    expect(describeTwoTierVersusSingleTier(summarize(TEN_DRAWS))).toBe(
      'In about 8 of 10 plausible cases two-tier costs less than single-tier.',
    );
  });
});

describe(describeLikeliestCheapest, () => {
  it('names the deployment most often the cheapest', () => {
    expect(describeLikeliestCheapest(summarize(TEN_DRAWS))).toBe(
      'In about 5 of 10 plausible cases all-human is the cheapest in total.',
    );
  });
});
