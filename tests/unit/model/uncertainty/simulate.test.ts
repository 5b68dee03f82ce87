import { describe, expect, it } from 'vitest';
import { evaluateDeployments } from '../../../../src/model/evaluateDeployment';
import { recommend } from '../../../../src/model/decision';
import { deploymentIds } from '../../../../src/model/types';
import type { Range, Ranges } from '../../../../src/model/uncertainty/ranges';
import { createRandomStream } from '../../../../src/model/uncertainty/random';
import {
  DEFAULT_DRAWS,
  MAX_DRAWS,
  clampDraws,
  scenarioSampler,
  simulate,
  simulateInChunks,
} from '../../../../src/model/uncertainty/simulate';
import { UK_SERVICES_FIRM } from './fixtures';

function mean(values: Float64Array): number {
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

/** Standard deviation of a PERT distribution: sqrt((μ − low)(high − μ) / 7). */
function pertSd({ low, likely, high }: Range): number {
  const mu = (low + 4 * likely + high) / 6;
  return Math.sqrt(((mu - low) * (high - mu)) / 7);
}

describe(simulate, () => {
  it('gives single-tier a mean total equal to its total at the PERT mean AI cost (linear in it)', () => {
    const range = { low: 0.6, likely: 0.8, high: 1.3 };
    const samples = simulate(UK_SERVICES_FIRM, { aiCostPerInquiry: range }, { seed: 1 });
    // PERT mean (0.6 + 3.2 + 1.3) / 6 = 0.85. Single-tier's AI takes all 400 inquiries, so its
    // total is £18,534.40 + 400 × (0.85 − 0.8) = £18,554.40; two-tier's AI takes 254.4:
    // £7,744.16 + 254.4 × 0.05 = £7,756.88; all-human does not use the AI: £8,128.80 every draw.
    const standardError = (400 * pertSd(range)) / Math.sqrt(DEFAULT_DRAWS); // ≈ £0.51
    expect(Math.abs(mean(samples.totalCost.singleTierAi) - 18_554.4)).toBeLessThan(
      4 * standardError,
    );
    expect(Math.abs(mean(samples.totalCost.twoTier) - 7_756.88)).toBeLessThan(4 * standardError);
    expect(samples.totalCost.allHuman.every((total) => Math.abs(total - 8_128.8) < 1e-9)).toBe(
      true,
    );
  });

  it('agrees with the PERT mean of the churn after a fumbled loaded inquiry, for every deployment', () => {
    const range = { low: 0.05, likely: 0.1, high: 0.2 };
    const samples = simulate(UK_SERVICES_FIRM, { churnIfFumbledLoaded: range }, { seed: 2 });
    // PERT mean (0.05 + 0.4 + 0.2) / 6 = 0.108333, 0.008333 above 0.1. Each total rises by
    // £6,000 × fumbled loaded inquiries × 0.008333: fumbled loaded are all-human 132 × 0.03 = 3.96,
    // single-tier 132 × 0.2 = 26.4, two-tier 118.8 × 0.03 + 13.2 × 0.2 = 6.204.
    const rise = 6_000 * (0.65 / 6 - 0.1);
    const expected = {
      allHuman: 8_128.8 + 3.96 * rise, // £8,326.80
      singleTierAi: 18_534.4 + 26.4 * rise, // £19,854.40
      twoTier: 7_744.16 + 6.204 * rise, // £8,054.36
    };
    for (const [id, fumbledLoaded] of [
      ['allHuman', 3.96],
      ['singleTierAi', 26.4],
      ['twoTier', 6.204],
    ] as const) {
      const standardError = (6_000 * fumbledLoaded * pertSd(range)) / Math.sqrt(DEFAULT_DRAWS);
      expect(Math.abs(mean(samples.totalCost[id]) - expected[id]), id).toBeLessThan(
        4 * standardError,
      );
    }
  });

  it('gives the same numbers for the same seed, whatever the chunk size', () => {
    const ranges: Ranges = {
      fumbleRateAiLoaded: { low: 0.1, likely: 0.2, high: 0.4 },
      routerRecall: { low: 0.7, likely: 0.9, high: 0.95 },
    };
    const a = simulate(UK_SERVICES_FIRM, ranges, { seed: 42, draws: 2_000 });
    const b = simulate(UK_SERVICES_FIRM, ranges, { seed: 42, draws: 2_000, chunkSize: 7 });
    expect(b).toEqual(a);
    const c = simulate(UK_SERVICES_FIRM, ranges, { seed: 43, draws: 2_000 });
    expect(c.totalCost.twoTier).not.toEqual(a.totalCost.twoTier);
  });

  it('draws in the schema’s order, so the order ranges are listed in does not matter', () => {
    const recall = { low: 0.7, likely: 0.9, high: 0.95 };
    const fumble = { low: 0.1, likely: 0.2, high: 0.4 };
    const a = simulate(
      UK_SERVICES_FIRM,
      { routerRecall: recall, fumbleRateAiLoaded: fumble },
      { seed: 5, draws: 500 },
    );
    const b = simulate(
      UK_SERVICES_FIRM,
      { fumbleRateAiLoaded: fumble, routerRecall: recall },
      { seed: 5, draws: 500 },
    );
    expect(b).toEqual(a);
  });

  it('treats a range whose low equals its high as a point', () => {
    const fumble = { low: 0.1, likely: 0.2, high: 0.4 };
    const point = { low: 0.1, likely: 0.1, high: 0.1 };
    const withPoint = simulate(
      UK_SERVICES_FIRM,
      { fumbleRateAiLoaded: fumble, churnIfFumbledLoaded: point },
      { seed: 3, draws: 1_000 },
    );
    const withoutRange = simulate(
      UK_SERVICES_FIRM,
      { fumbleRateAiLoaded: fumble },
      { seed: 3, draws: 1_000 },
    );
    expect(withPoint).toEqual(withoutRange);

    const onlyPoint = simulate(
      UK_SERVICES_FIRM,
      { churnIfFumbledLoaded: point },
      { seed: 3, draws: 50 },
    );
    const exact = evaluateDeployments(UK_SERVICES_FIRM);
    for (const id of deploymentIds) {
      expect(onlyPoint.totalCost[id].every((total) => total === exact[id].totalCost)).toBe(true);
      expect(onlyPoint.totalCost[id].some(Number.isNaN)).toBe(false);
    }
  });

  it('records the deployment `recommend` picks in each draw', () => {
    const ranges: Ranges = { fumbleRateAiLoaded: { low: 0.01, likely: 0.2, high: 0.5 } };
    const samples = simulate(UK_SERVICES_FIRM, ranges, { seed: 9, draws: 300 });
    const next = scenarioSampler(UK_SERVICES_FIRM, ranges, createRandomStream(9));
    for (let index = 0; index < samples.draws; index++) {
      const deployments = evaluateDeployments(next());
      expect(deploymentIds[samples.recommended[index]]).toBe(recommend(deployments));
      expect(samples.totalCost.twoTier[index]).toBe(deployments.twoTier.totalCost);
    }
    // Over this range every deployment wins somewhere: the record is not constant.
    expect(new Set(samples.recommended).size).toBe(3);
  });

  it('reports progress after each chunk but the last', () => {
    const seen: number[] = [];
    simulate(UK_SERVICES_FIRM, {}, { seed: 1, draws: 2_500, chunkSize: 1_000 }, (progress) => {
      expect(progress.total).toBe(2_500);
      seen.push(progress.done);
    });
    expect(seen).toEqual([1_000, 2_000]);
  });

  it('leaves the scenario and the ranges as they were', () => {
    const scenario = structuredClone({ ...UK_SERVICES_FIRM });
    const ranges: Ranges = { loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } };
    const before = structuredClone({ scenario, ranges });
    simulate(scenario, ranges, { seed: 1, draws: 100 });
    expect({ scenario, ranges }).toEqual(before);
  });
});

describe(simulateInChunks, () => {
  it('yields progress and returns the same samples as simulate', () => {
    const run = simulateInChunks(UK_SERVICES_FIRM, {}, { seed: 1, draws: 3_000 });
    expect(run.next()).toEqual({ done: false, value: { done: 1_000, total: 3_000 } });
    expect(run.next()).toEqual({ done: false, value: { done: 2_000, total: 3_000 } });
    const last = run.next();
    expect(last.done).toBe(true);
    expect(last.value).toEqual(simulate(UK_SERVICES_FIRM, {}, { seed: 1, draws: 3_000 }));
  });
});

describe(scenarioSampler, () => {
  it('rounds whole-number fields and keeps every draw within bounds', () => {
    const next = scenarioSampler(
      UK_SERVICES_FIRM,
      {
        churnLagMonths: { low: 0, likely: 3, high: 24 },
        // A range past the field's bound (refused by validateRanges) is still held within it.
        loadedShare: { low: 0.9, likely: 1, high: 1.4 },
      },
      createRandomStream(4),
    );
    const lags = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const draw = next();
      expect(Number.isInteger(draw.churnLagMonths)).toBe(true);
      expect(draw.churnLagMonths).toBeGreaterThanOrEqual(0);
      expect(draw.churnLagMonths).toBeLessThanOrEqual(24);
      expect(draw.loadedShare).toBeGreaterThanOrEqual(0.9);
      expect(draw.loadedShare).toBeLessThanOrEqual(1);
      lags.add(draw.churnLagMonths);
    }
    expect(lags.size).toBeGreaterThan(10);
  });

  it('changes only the ranged fields', () => {
    const next = scenarioSampler(
      UK_SERVICES_FIRM,
      { routerRecall: { low: 0.7, likely: 0.9, high: 0.95 } },
      createRandomStream(1),
    );
    const { routerRecall, ...rest } = next();
    const { routerRecall: _, ...expected } = UK_SERVICES_FIRM;
    expect(rest).toEqual(expected);
    expect(routerRecall).toBeGreaterThanOrEqual(0.7);
    expect(routerRecall).toBeLessThanOrEqual(0.95);
  });
});

describe(clampDraws, () => {
  it.each([
    [undefined, DEFAULT_DRAWS],
    [Number.NaN, DEFAULT_DRAWS],
    [0, 1],
    [-5, 1],
    [2_500.4, 2_500],
    [5e9, MAX_DRAWS],
  ])('%s → %s', (asked, draws) => {
    expect(clampDraws(asked)).toBe(draws);
  });
});
