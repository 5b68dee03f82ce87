import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentIds, evaluate } from '../../../src/model';
import { PERCENT_STEPS, sweepLoadedShare, sweepRecall, unitSteps } from '../../../src/model/sweeps';
import { scenarioArbitrary, shareArbitrary } from './arbitraries';
import { UK_SERVICES_FIRM } from './fixtures';

describe(unitSteps, () => {
  it('spaces the points evenly from 0 to 1', () => {
    expect(unitSteps(5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('always gives both ends', () => {
    expect(unitSteps(1)).toEqual([0, 1]);
  });

  it('puts the charts on a grid of whole percentages', () => {
    expect(PERCENT_STEPS).toHaveLength(101);
    expect(PERCENT_STEPS[33]).toBe(0.33);
    expect(PERCENT_STEPS[90]).toBe(0.9);
  });
});

describe(sweepLoadedShare, () => {
  it('gives each total with no loaded inquiries, worked by hand', () => {
    // 400 routine inquiries, none loaded.
    // All people: 400 × £12 = £4,800; 400 × 0.01 fumbled × 0.01 churn = 0.04 clients × £6,000 = £240.
    // Single-tier: 40 hand-ons × £12 + 400 × £0.80 + £300 = £1,100; 400 × 0.03 × 0.01 = 0.12
    //   clients = £720; 400 × 0.002 × £400 = £320 liability.
    // Two-tier: people take 40 (false alarms) + 36 hand-ons = 76 × £12 = £912, AI 360 × £0.80 = £288,
    //   triage 400 × £0.05 = £20, platform £300: £1,520; (40 × 0.01 + 360 × 0.03) × 0.01 = 0.112
    //   clients = £672; 360 × 0.002 × £400 = £288 liability.
    const sweep = sweepLoadedShare(UK_SERVICES_FIRM, [0]);
    expect(sweep.totalCost.allHuman[0]).toBeCloseTo(4800 + 240, 9);
    expect(sweep.totalCost.singleTierAi[0]).toBeCloseTo(1100 + 720 + 320, 9);
    expect(sweep.totalCost.twoTier[0]).toBeCloseTo(1520 + 672 + 288, 9);
  });

  it('rises by the slope worked by hand for single-tier', () => {
    // UK firm, single-tier, loaded share s (400 s loaded inquiries):
    // hand-ons 40 (1 − s) + 160 s, loaded ones × 1.5: 40 + 200 s units × £12 = 480 + 2,400 s,
    //   + £320 AI + £300 platform: 1,100 + 2,400 s to run;
    // clients lost 400 (1 − s) × 0.03 × 0.01 + 400 s × 0.2 × 0.1 = 0.12 + 7.88 s: 720 + 47,280 s;
    // liability £320. Total 2,140 + 49,680 s.
    const sweep = sweepLoadedShare(UK_SERVICES_FIRM, [0.5, 1]);
    expect(sweep.totalCost.singleTierAi[0]).toBeCloseTo(2140 + 49680 * 0.5, 6);
    expect(sweep.totalCost.singleTierAi[1]).toBeCloseTo(2140 + 49680, 6);
  });

  it("passes through the firm's own totals at the firm's share", () => {
    const sweep = sweepLoadedShare(UK_SERVICES_FIRM);
    const evaluation = evaluate(UK_SERVICES_FIRM);
    for (const id of deploymentIds) {
      expect(sweep.totalCost[id][33]).toBe(evaluation.deployments[id].totalCost);
    }
  });

  it('equals evaluate() at every share, for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), shareArbitrary, (scenario, share) => {
        const sweep = sweepLoadedShare(scenario, [share]);
        const evaluation = evaluate({ ...scenario, loadedShare: share });
        for (const id of deploymentIds) {
          expect(sweep.totalCost[id][0]).toBe(evaluation.deployments[id].totalCost);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the scenario as it was', () => {
    const scenario = Object.freeze({ ...UK_SERVICES_FIRM });
    sweepLoadedShare(scenario);
    expect(scenario).toEqual(UK_SERVICES_FIRM);
  });
});

describe(sweepRecall, () => {
  it('gives two-tier with a triage that finds no loaded inquiry, worked by hand', () => {
    // 268 routine, 132 loaded. People: 26.8 false alarms + 24.12 routine hand-ons
    // + 52.8 loaded hand-ons × 1.5 = 130.12 units × £12 = £1,561.44; AI 373.2 × £0.80 = £298.56;
    // triage £20, platform £300: £2,180. Clients lost (26.8 × 0.01 + 241.2 × 0.03) × 0.01
    // + 132 × 0.2 × 0.1 = 2.71504 × £6,000 = £16,290.24. Liability 373.2 × 0.002 × £400 = £298.56.
    const sweep = sweepRecall(UK_SERVICES_FIRM, [0]);
    expect(sweep.twoTier[0]).toBeCloseTo(2180 + 16290.24 + 298.56, 6);
    // All people: 466 units × £12 = £5,592 + 0.4228 clients × £6,000 = £2,536.80.
    expect(sweep.allHuman).toBeCloseTo(5592 + 2536.8, 9);
  });

  it("passes through the firm's own two-tier total at the firm's recall", () => {
    const sweep = sweepRecall(UK_SERVICES_FIRM);
    const evaluation = evaluate(UK_SERVICES_FIRM);
    expect(sweep.twoTier[90]).toBe(evaluation.deployments.twoTier.totalCost);
    expect(sweep.allHuman).toBe(evaluation.deployments.allHuman.totalCost);
  });

  it('equals evaluate() at every recall, for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), shareArbitrary, (scenario, recall) => {
        const sweep = sweepRecall(scenario, [recall]);
        const evaluation = evaluate({ ...scenario, routerRecall: recall });
        expect(sweep.twoTier[0]).toBe(evaluation.deployments.twoTier.totalCost);
        expect(sweep.allHuman).toBe(evaluation.deployments.allHuman.totalCost);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the scenario as it was', () => {
    const scenario = Object.freeze({ ...UK_SERVICES_FIRM });
    sweepRecall(scenario);
    expect(scenario).toEqual(UK_SERVICES_FIRM);
  });
});
