import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldMeta } from '../../../src/model/schema';
import { deploymentIds } from '../../../src/model/types';
import { evaluateDeployment } from '../../../src/model/evaluateDeployment';
import {
  allowanceKinks,
  capKinks,
  firstCrossing,
  pathThrough,
  totalKinks,
} from '../../../src/model/piecewise';
import { numericFields } from '../../../src/model/uncertainty/ranges';
import { scenarioArbitrary, UK_SERVICES_FIRM } from './uncertainty/fixtures';

describe(pathThrough, () => {
  it('walks up or down through the breakpoints between its ends', () => {
    expect(pathThrough(0, 1, [0.7, 0.2, 1.5])).toEqual([0, 0.2, 0.7, 1]);
    expect(pathThrough(0.5, 0, [0.7, 0.2])).toEqual([0.5, 0.2, 0]);
    expect(pathThrough(0.5, 0.5, [0.2])).toEqual([0.5, 0.5]);
  });
});

describe(firstCrossing, () => {
  it('solves the first linear piece on which the condition holds', () => {
    // 3 − 4x reaches 0 at 0.75
    expect(
      firstCrossing(
        (x) => 3 - 4 * x,
        [0, 1],
        (g) => g <= 0,
      ),
    ).toBe(0.75);
    expect(
      firstCrossing(
        (x) => 3 - 4 * x,
        [1, 0.5, 0],
        (g) => g > 0,
      ),
    ).toBe(0.75);
    expect(
      firstCrossing(
        (x) => 1 + x,
        [0, 1],
        (g) => g <= 0,
      ),
    ).toBeNull();
  });

  it('returns the start when the condition already holds there', () => {
    expect(
      firstCrossing(
        (x) => x - 2,
        [0, 1],
        (g) => g <= 0,
      ),
    ).toBe(0);
  });

  it('scans up, so a later root is not taken for the first', () => {
    // |x − 0.3| − 0.1 is below 0 on (0.2, 0.4), with a bend at 0.3
    const gap = (x: number) => Math.abs(x - 0.3) - 0.1;
    expect(firstCrossing(gap, [0, 0.3, 1], (g) => g < 0)).toBeCloseTo(0.2, 12);
    expect(firstCrossing(gap, [1, 0.3, 0], (g) => g < 0)).toBeCloseTo(0.4, 12);
  });
});

describe(capKinks, () => {
  it('finds where clients lost reach the client base', () => {
    // Single-tier, 10 clients: 268 × 0.03 × 0.01 + 132 × 0.2 × c = 0.0804 + 26.4 c = 10 at c = 9.9196 / 26.4
    const kinks = capKinks(
      'singleTierAi',
      { ...UK_SERVICES_FIRM, activeClients: 10 },
      'churnIfFumbledLoaded',
      0,
      1,
    );
    expect(kinks).toHaveLength(1);
    expect(kinks[0]).toBeCloseTo(9.9196 / 26.4, 12);
  });

  it('finds the bend along the client base itself, at the uncapped clients lost', () => {
    // Single-tier's uncapped clients lost: 0.0804 + 26.4 × 0.1 = 2.7204
    expect(capKinks('singleTierAi', UK_SERVICES_FIRM, 'activeClients', 0, Infinity)[0]).toBeCloseTo(
      2.7204,
      12,
    );
  });

  it('finds none where the cap never binds or the input does not move clients lost', () => {
    expect(capKinks('singleTierAi', UK_SERVICES_FIRM, 'churnIfFumbledLoaded', 0, 1)).toEqual([]);
    expect(capKinks('allHuman', UK_SERVICES_FIRM, 'aiCostPerInquiry', 0, Infinity)).toEqual([]);
  });
});

describe(allowanceKinks, () => {
  it('finds where the units billed reach the allowance, along the volume', () => {
    // Single-tier bills all V inquiries: with 100 included, AI use starts costing past V = 100.
    const withAllowance = { ...UK_SERVICES_FIRM, aiIncludedPerMonth: 100 };
    expect(allowanceKinks('singleTierAi', withAllowance, 'inquiriesPerMonth', 0, Infinity)).toEqual([100]);
  });

  it('finds the bend along the allowance itself, at the units billed', () => {
    // Single-tier bills 400; two-tier 254.4 per inquiry, 225 per resolution (241.2 × 0.9 + 13.2 × 0.6).
    expect(allowanceKinks('singleTierAi', UK_SERVICES_FIRM, 'aiIncludedPerMonth', 0, Infinity)).toEqual([400]);
    expect(allowanceKinks('twoTier', UK_SERVICES_FIRM, 'aiIncludedPerMonth', 0, Infinity)[0]).toBeCloseTo(254.4, 12);
    const perResolution = { ...UK_SERVICES_FIRM, aiBilling: 'perResolution' as const };
    expect(allowanceKinks('twoTier', perResolution, 'aiIncludedPerMonth', 0, Infinity)[0]).toBeCloseTo(225, 12);
  });

  it('finds the bend along a hand-on rate when billing per resolution', () => {
    // Single-tier per resolution bills 268 × 0.9 + 132 × (1 − e) = 373.2 − 132 e; with 300 included
    // the bend is at e = 73.2 / 132 = 0.554545…
    const scenario = { ...UK_SERVICES_FIRM, aiBilling: 'perResolution' as const, aiIncludedPerMonth: 300 };
    const [kink] = allowanceKinks('singleTierAi', scenario, 'aiEscalationRateLoaded', 0, 1);
    expect(kink).toBeCloseTo(73.2 / 132, 12);
    // Billed per inquiry, the hand-on rate moves nothing billed: no bend.
    expect(allowanceKinks('singleTierAi', { ...scenario, aiBilling: 'perInquiry' }, 'aiEscalationRateLoaded', 0, 1)).toEqual([]);
  });

  it('finds none for all-human, which bills nothing even with the assistant', () => {
    const assisted = { ...UK_SERVICES_FIRM, humansUseAiAssist: true, aiIncludedPerMonth: 50 };
    expect(allowanceKinks('allHuman', assisted, 'inquiriesPerMonth', 0, Infinity)).toEqual([]);
    expect(allowanceKinks('allHuman', assisted, 'aiIncludedPerMonth', 0, Infinity)).toEqual([]);
  });
});

describe(totalKinks, () => {
  it('gives the cap’s bend and the allowance’s together', () => {
    // Single-tier loses 268/400 × 0.03 × 0.01 + 132/400 × 0.2 × 0.1 = 0.000201 + 0.0066 = 0.006801
    // clients an inquiry, reaching all 200 at 200 / 0.006801 = 29,407.44… inquiries a month.
    const withAllowance = { ...UK_SERVICES_FIRM, aiIncludedPerMonth: 100 };
    const [cap, allowance] = totalKinks('singleTierAi', withAllowance, 'inquiriesPerMonth', 0, Infinity);
    expect(cap).toBeCloseTo(200 / 0.006801, 6);
    expect(allowance).toBe(100);
  });
});

describe('totals along one input', () => {
  it('are straight between the bends totalKinks finds, for every numeric input', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...numericFields), (scenario, field) => {
        const meta = fieldMeta(field);
        const upper = Math.min(meta.max, scenario[field] * 4 + 10);
        const kinks = deploymentIds.flatMap((id) => totalKinks(id, scenario, field, meta.min, upper));
        const path = pathThrough(meta.min, upper, kinks);
        for (const id of deploymentIds) {
          const total = (x: number) =>
            evaluateDeployment(id, { ...scenario, [field]: x }).totalCost;
          for (let i = 1; i < path.length; i++) {
            const [a, b] = [path[i - 1], path[i]];
            const scale = Math.max(1, Math.abs(total(a)), Math.abs(total(b)));
            // midpoint and quarter point on the chord
            for (const t of [0.25, 0.5]) {
              const onChord = total(a) + t * (total(b) - total(a));
              expect(
                Math.abs(total(a + t * (b - a)) - onChord) / scale,
                `${id} along ${field}`,
              ).toBeLessThan(1e-9);
            }
          }
        }
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
