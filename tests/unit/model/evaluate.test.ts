/**
 * The whole model for the UK services firm of 40 (the default scenario), as
 * the page states it. Figures are worked by hand in evaluateDeployment.test.ts:
 * totals a month all-human £8,128.80, single-tier £18,534.40, two-tier £7,744.16;
 * to run £5,592, £1,892 and £3,368.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Scenario, type VerdictId } from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

describe(evaluate, () => {
  const result = evaluate(UK_SERVICES_FIRM);

  it('recommends two-tier for the UK firm, and says so as its verdict', () => {
    expect(result.recommended).toBe('twoTier');
    expect(result.verdict).toBe('twoTier');
  });

  it('finds the cost-only trap: single-tier is cheapest to run and dearest in total', () => {
    expect(result.cheapestToRun).toBe('singleTierAi');
    expect(result.costOnlyTrap).toBe(true);
    const { singleTierAi, twoTier } = result.deployments;
    // It saves £3,368 − £1,892 = £1,476 a month to run against two-tier...
    expect(twoTier.operatingCost - singleTierAi.operatingCost).toBeCloseTo(1476, 9);
    // ...and costs £18,534.40 − £7,744.16 = £10,790.24 a month more in total.
    expect(singleTierAi.totalCost - twoTier.totalCost).toBeCloseTo(10790.24, 9);
  });

  it('puts the break-even recall at 10,640 / 12,249.60, about 86.9 %', () => {
    // Two-tier's total 18,768.80 − 12,249.60 r meets all-human's 8,128.80 (breakEven.test.ts).
    expect(result.breakEvenRecall).toBeCloseTo(10640 / 12249.6, 9);
    expect(result.breakEvenRecall).toBeCloseTo(0.8686, 4);
  });

  it('puts the break-even loaded shares at about 7.2 % (single-tier) and 38.8 % (two-tier)', () => {
    expect(result.breakEvenLoadedShare.singleTierAi).toBeCloseTo(2900 / 40320, 9); // 0.0719
    expect(result.breakEvenLoadedShare.twoTier).toBeCloseTo(2560 / 6592, 9); // 0.3883
  });

  it('shows single-tier ahead until the churn lag, then sinking for good', () => {
    const { cumulativeNet, paybackMonth } = result.timeline.singleTierAi;
    expect(cumulativeNet).toHaveLength(24);
    expect(cumulativeNet[2]).toBeCloseTo(5140, 9); // month 3: −1,620 + 2 × 3,380
    expect(cumulativeNet[3]).toBeCloseTo(-5265.6, 9); // month 4: 5,140 − 10,405.60
    expect(cumulativeNet.slice(3).every((value) => value < 0)).toBe(true);
    expect(paybackMonth).toBeNull();
  });

  it('pays two-tier back in month 3', () => {
    expect(result.timeline.twoTier.paybackMonth).toBe(3);
    expect(result.timeline.twoTier.cumulativeNet[2]).toBeCloseTo(1061.44, 9);
  });

  it.each<[VerdictId, string, Partial<Scenario>]>([
    ['hold-mix-dominated', 'loaded share 60 %', { loadedShare: 0.6 }],
    ['segment-first', 'triage recall 50 %', { routerRecall: 0.5 }],
    ['allHuman', 'an AI platform of £3,000 a month', { aiPlatformPerMonth: 3000 }],
    ['singleTierAi', 'an AI as careful as people', { fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 }],
    ['twoTier', 'nothing changed', {}],
  ])('says %s for the UK firm with %s', (verdict, _, changes) => {
    expect(evaluate(ukFirmWith(changes)).verdict).toBe(verdict);
  });

  it('holds at 60 % loaded, whichever deployment is cheapest (here all-human)', () => {
    // At x = 0.6 all-human costs 5,040 + 9,360 × 0.6 = £10,656; two-tier 2,480 + 15,952 × 0.6 = £12,051.20.
    const loaded = evaluate(ukFirmWith({ loadedShare: 0.6 }));
    expect(loaded.deployments.allHuman.totalCost).toBeCloseTo(10656, 9);
    expect(loaded.deployments.twoTier.totalCost).toBeCloseTo(12051.2, 9);
    expect(loaded.recommended).toBe('allHuman');
    expect(loaded.verdict).toBe('hold-mix-dominated');
  });

  it('sees no trap when the cheapest to run is also the cheapest in total', () => {
    const careful = evaluate(ukFirmWith({ fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 }));
    expect(careful.cheapestToRun).toBe('singleTierAi');
    expect(careful.recommended).toBe('singleTierAi');
    expect(careful.costOnlyTrap).toBe(false);
  });

  it('copes with a firm that has no inquiries', () => {
    const quiet = evaluate(ukFirmWith({ inquiriesPerMonth: 0 }));
    expect(quiet.deployments.twoTier.aiShare).toBe(0);
    expect(quiet.recommended).toBe('allHuman'); // £0 against £300 of platform for either AI
    expect(quiet.costOnlyTrap).toBe(false);
    expect(quiet.breakEvenRecall).toBeNull(); // two-tier costs £300 more at any recall
    expect(quiet.breakEvenLoadedShare).toEqual({ singleTierAi: 0, twoTier: 0 });
    // −£300 a month, −£5,000 setup in month 1: −£5,300, then −£300 more each month.
    expect(quiet.timeline.singleTierAi.cumulativeNet[0]).toBe(-5300);
    expect(quiet.timeline.singleTierAi.cumulativeNet[23]).toBe(-5300 - 23 * 300);
  });

  it('settles a three-way tie at zero for all-human, with no trap', () => {
    const idle = evaluate(ukFirmWith({ inquiriesPerMonth: 0, aiPlatformPerMonth: 0, aiSetupCost: 0 }));
    expect(idle.recommended).toBe('allHuman');
    expect(idle.cheapestToRun).toBe('allHuman');
    expect(idle.costOnlyTrap).toBe(false);
    expect(idle.timeline.twoTier.paybackMonth).toBe(1); // level from month 1
  });

  it('returns numbers a chart can draw: the horizon sets the timeline length', () => {
    expect(evaluate(ukFirmWith({ horizonMonths: 1 })).timeline.twoTier.cumulativeNet).toHaveLength(1);
    expect(evaluate(ukFirmWith({ horizonMonths: 120 })).timeline.singleTierAi.cumulativeNet).toHaveLength(120);
  });
});
