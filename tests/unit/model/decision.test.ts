/**
 * The decision of docs/model.md: recommended, cheapest to run, and the
 * verdict, with each verdict reached by a scenario built for it. Totals in the
 * comments are worked from the UK firm's figures (see evaluateDeployment.test.ts):
 * all-human £8,128.80, single-tier £18,534.40, two-tier £7,744.16 a month.
 */
import { describe, expect, it } from 'vitest';
import {
  cheapestToRun,
  compareAmounts,
  decideVerdict,
  deploymentIds,
  evaluateDeployments,
  recommend,
  verdictIds,
  type DeploymentId,
  type DeploymentResult,
  type Scenario,
  type VerdictId,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

/** A deployment result with only the figures a decision reads; the rest 0. */
function figures(totalCost: number, clientsLost = 0, operatingCost = totalCost): DeploymentResult {
  const zero = {
    humanFirst: 0, aiFirst: 0, aiShare: 0, escalations: 0, humanWorkload: 0, aiBillable: 0,
    aiBilledFumbles: 0, setupCost: 0,
    fumbledRoutine: 0, fumbledLoaded: 0, churnCost: 0, wrongAnswers: 0, liabilityCost: 0,
    humanHours: 0, fte: 0,
  };
  return { ...zero, totalCost, clientsLost, operatingCost };
}

function verdictOf(scenario: Scenario): VerdictId {
  const deployments = evaluateDeployments(scenario);
  return decideVerdict(scenario, deployments, recommend(deployments));
}

describe(compareAmounts, () => {
  it.each([
    [7744.16, 8128.8, -1],
    [8128.81, 8128.8, 1], // a penny is not a tie
    [8128.8, 8128.8 + 1e-6, 0], // 1e-6 of £8,128.80 is 1.2e-10 of it: a tie
    [1e12, 1e12 + 999, 0], // relative: £999 in a trillion is below a billionth
    [1e12, 1e12 + 1001, -1], // and £1,001 is above
    [0, 1e-10, 0], // below 1 the tolerance is absolute, 1e-9
    [0, 2e-9, -1],
  ])('compares %s with %s as %s', (a, b, expected) => {
    expect(compareAmounts(a, b)).toBe(expected);
  });
});

describe(recommend, () => {
  it('recommends two-tier for the UK firm, the lowest total', () => {
    expect(recommend(evaluateDeployments(UK_SERVICES_FIRM))).toBe('twoTier');
  });

  it.each<[string, Record<DeploymentId, DeploymentResult>, DeploymentId]>([
    [
      'the lowest total wins',
      { allHuman: figures(3), singleTierAi: figures(2), twoTier: figures(1) },
      'twoTier',
    ],
    [
      'equal totals go to fewer clients lost',
      { allHuman: figures(5, 0.4), singleTierAi: figures(5, 0.3), twoTier: figures(5, 0.5) },
      'singleTierAi',
    ],
    [
      'equal totals and clients lost go to the order allHuman, singleTierAi, twoTier',
      { allHuman: figures(5, 1), singleTierAi: figures(5, 1), twoTier: figures(5, 1) },
      'allHuman',
    ],
    [
      'the order settles a tie between the later two',
      { allHuman: figures(6), singleTierAi: figures(5, 1), twoTier: figures(5, 1) },
      'singleTierAi',
    ],
    [
      'totals within a billionth are a tie, settled by clients lost',
      { allHuman: figures(8128.8, 2), singleTierAi: figures(9000), twoTier: figures(8128.8 - 1e-7, 3) },
      'allHuman',
    ],
    [
      'clients lost are not compared when the totals differ',
      { allHuman: figures(8128.8, 0), singleTierAi: figures(9000), twoTier: figures(8128.7, 3) },
      'twoTier',
    ],
  ])('%s', (_, deployments, expected) => {
    expect(recommend(deployments)).toBe(expected);
  });

  it('recommends all-human when a firm with no inquiries pays nothing for anything', () => {
    const idle = ukFirmWith({ inquiriesPerMonth: 0, aiPlatformPerMonth: 0 });
    expect(recommend(evaluateDeployments(idle))).toBe('allHuman');
  });
});

describe(cheapestToRun, () => {
  it('finds single-tier cheapest to run for the UK firm (£1,892 against £3,368 and £5,592)', () => {
    expect(cheapestToRun(evaluateDeployments(UK_SERVICES_FIRM))).toBe('singleTierAi');
  });

  it.each<[string, Record<DeploymentId, DeploymentResult>, DeploymentId]>([
    [
      'reads the operating cost, not the total',
      { allHuman: figures(1, 0, 9), singleTierAi: figures(9, 0, 1), twoTier: figures(5, 0, 5) },
      'singleTierAi',
    ],
    [
      'settles ties by the order, not by clients lost',
      { allHuman: figures(9, 5, 2), singleTierAi: figures(9, 5, 3), twoTier: figures(9, 0, 2) },
      'allHuman',
    ],
  ])('%s', (_, deployments, expected) => {
    expect(cheapestToRun(deployments)).toBe(expected);
  });
});

describe(decideVerdict, () => {
  it.each<[VerdictId, string, Scenario]>([
    ['twoTier', 'the UK firm as it is', UK_SERVICES_FIRM],
    ['hold-mix-dominated', 'the UK firm with 60 % loaded inquiries', ukFirmWith({ loadedShare: 0.6 })],
    [
      // Two-tier total 18,768.80 − 12,249.60 × 0.5 = £12,644 ≥ £8,128.80; a perfect router:
      // work (26.8 + 132 × 1.5) × £12 = £2,697.60, AI 268 × £0.80 = £214.40, triage £20, platform £300,
      // churn (268 × 0.03 × 0.01 + 132 × 0.03 × 0.1) × £6,000 = £2,858.40, liability £214.40: £6,304.80.
      'segment-first',
      'the UK firm with a triage recall of 50 %',
      ukFirmWith({ routerRecall: 0.5 }),
    ],
    [
      // £2,700 more platform: two-tier £10,444.16, a perfect router £9,004.80, single-tier
      // £21,234.40, all against all-human's £8,128.80.
      'allHuman',
      'the UK firm with a £3,000 AI platform',
      ukFirmWith({ aiPlatformPerMonth: 3000 }),
    ],
    [
      // The AI fumbles as rarely as people: churn is £2,536.80 whoever answers, so
      // single-tier £1,892 + £2,536.80 + £320 = £4,748.80 beats two-tier's £6,108.32.
      'singleTierAi',
      'the UK firm with an AI as careful as its people',
      ukFirmWith({ fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 }),
    ],
    [
      // As above with triage at £5.25: two-tier £6,108.32 + 400 × £5.20 = £8,188.32 ≥ £8,128.80, a
      // perfect router £5,983.20 + £2,080 = £8,063.20 would win, but single-tier (£4,748.80) is recommended.
      'singleTierAi',
      'a perfect router would save two-tier, but single-tier is recommended',
      ukFirmWith({ fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03, triageCostPerInquiry: 5.25 }),
    ],
    [
      // Just above a half loaded, hold comes first, even with an AI as careful as people.
      'hold-mix-dominated',
      'a loaded share of 50.01 % and an AI as careful as people',
      ukFirmWith({ loadedShare: 0.5001, fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 }),
    ],
  ])('says %s for %s', (expected, _, scenario) => {
    expect(verdictOf(scenario)).toBe(expected);
  });

  it('does not hold at a loaded share of exactly a half', () => {
    expect(verdictOf(ukFirmWith({ loadedShare: 0.5 }))).not.toBe('hold-mix-dominated');
  });

  it('reaches every verdict id', () => {
    const reached = new Set(
      [
        UK_SERVICES_FIRM,
        ukFirmWith({ loadedShare: 0.6 }),
        ukFirmWith({ routerRecall: 0.5 }),
        ukFirmWith({ aiPlatformPerMonth: 3000 }),
        ukFirmWith({ fumbleRateAiRoutine: 0.01, fumbleRateAiLoaded: 0.03 }),
      ].map(verdictOf),
    );
    expect([...reached].sort()).toEqual([...verdictIds].sort());
  });

  it('treats two-tier level with all-human as not cheaper (segment first)', () => {
    const deployments = evaluateDeployments(UK_SERVICES_FIRM);
    const level = { ...deployments, twoTier: { ...deployments.twoTier, totalCost: deployments.allHuman.totalCost } };
    expect(decideVerdict(UK_SERVICES_FIRM, level, 'allHuman')).toBe('segment-first');
  });

  it('follows the recommendation it is given when no rule before it applies', () => {
    const deployments = evaluateDeployments(UK_SERVICES_FIRM);
    for (const id of deploymentIds.filter((id) => id !== 'allHuman')) {
      expect(decideVerdict(UK_SERVICES_FIRM, deployments, id)).toBe(id);
    }
  });
});
