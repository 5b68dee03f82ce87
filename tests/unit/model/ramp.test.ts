/**
 * The AI's ramp-up to its full share, worked by hand for the UK services firm
 * of 40. In month m of a ramp of A months the AI deployment runs at share
 * rho = min(1, m / A): each first-contact stream is rho × its own + (1 − rho) ×
 * all-human's, triage sorts rho × 400 inquiries, and the £300 platform fee is
 * paid in full. Everything else in the model is the steady state.
 *
 * Every cost but the platform fee is linear in the streams (the client cap does
 * not bind for 200 clients), so against all-human's £5,592 to run and £2,536.80
 * of churn, a deployment at share rho
 *   saves rho × (5,592 − (its cost to run − 300)) − 300 to run,
 *   adds rho × its extra liability, and rho × its extra churn.
 * Two-tier: rho × (5,592 − 3,068) − 300 = 2,524 rho − 300; liability 203.52 rho;
 *   extra churn 1,635.84 rho (4,172.64 − 2,536.80).
 * Single-tier: rho × (5,592 − 1,592) − 300 = 4,000 rho − 300; liability 320 rho;
 *   extra churn 13,785.60 rho (16,322.40 − 2,536.80).
 */
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  evaluate,
  evaluateDeployment,
  monthlyNet,
  rampShare,
  routeFirstContact,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

describe(rampShare, () => {
  it.each([
    [1, 4, 0.25],
    [2, 4, 0.5],
    [4, 4, 1],
    [6, 4, 1],
    [1, 0, 1], // no ramp: the full share from month 1
    [1, 24, 1 / 24],
  ])('in month %s of a %s-month ramp is %s', (month, rampMonths, share) => {
    expect(rampShare(month, rampMonths)).toBe(share);
  });
});

describe('routing during the ramp', () => {
  it('mixes the deployment’s streams with all-human’s, halfway up', () => {
    // 0.5 × 26.8 + 0.5 × 268 = 147.4; 0.5 × 118.8 + 0.5 × 132 = 125.4; 0.5 × 241.2 = 120.6; 0.5 × 13.2 = 6.6
    const streams = routeFirstContact('twoTier', UK_SERVICES_FIRM, 0.5);
    expect(streams.humanRoutine).toBeCloseTo(147.4, 12);
    expect(streams.humanLoaded).toBeCloseTo(125.4, 12);
    expect(streams.aiRoutine).toBeCloseTo(120.6, 12);
    expect(streams.aiLoaded).toBeCloseTo(6.6, 12);
  });

  it('charges triage on the inquiries routed two-tier’s way, and the platform in full', () => {
    // A quarter up: people's work 0.25 × 237.04 + 0.75 × 466 = 408.76 units × £12 = £4,905.12;
    // AI 0.25 × 254.4 = 63.6 × £0.80 = £50.88; triage 0.25 × 400 × £0.05 = £5; platform £300.
    const quarter = evaluateDeployment('twoTier', UK_SERVICES_FIRM, 0.25);
    expect(quarter.operatingCost).toBeCloseTo(4905.12 + 50.88 + 5 + 300, 9);
    // With 100 included, the allowance covers all 63.6 billed in full from the first month.
    const covered = evaluateDeployment('twoTier', ukFirmWith({ aiIncludedPerMonth: 100 }), 0.25);
    expect(covered.operatingCost).toBeCloseTo(4905.12 + 5 + 300, 9);
  });
});

describe('the timeline with a ramp', () => {
  it('gives two-tier a rising gain over a 4-month ramp, paying back in month 5 rather than 3', () => {
    // Net in month m: 2,524 rho(m) − 300 − 203.52 rho(m) − setup (m = 1) − 1,635.84 rho(m − 3) (m > 3)
    //   = 2,320.48 rho(m) − 300 − …, with rho = 0.25, 0.5, 0.75, 1, 1, …
    // m1: 580.12 − 300 − 5,000 = −4,719.88     m2: 1,160.24 − 300 = 860.24
    // m3: 1,740.36 − 300 = 1,440.36           m4: 2,020.48 − 0.25 × 1,635.84 = 1,611.52
    // m5: 2,020.48 − 817.92 = 1,202.56        m6: 2,020.48 − 1,226.88 = 793.60
    // m7 on: 2,020.48 − 1,635.84 = 384.64, the steady month
    const scenario = ukFirmWith({ aiRampMonths: 4 });
    const net = monthlyNet(scenario, 'twoTier');
    const byHand = [-4719.88, 860.24, 1440.36, 1611.52, 1202.56, 793.6, 384.64, 384.64];
    byHand.forEach((value, index) => expect(net[index], `month ${index + 1}`).toBeCloseTo(value, 9));
    // Running sum: −4,719.88, −3,859.64, −2,419.28, −807.76, +394.80: paid back in month 5.
    const { cumulativeNet, paybackMonth } = evaluate(scenario).timeline.twoTier;
    expect(cumulativeNet[3]).toBeCloseTo(-807.76, 9);
    expect(cumulativeNet[4]).toBeCloseTo(394.8, 9);
    expect(paybackMonth).toBe(5);
    expect(evaluate(UK_SERVICES_FIRM).timeline.twoTier.paybackMonth).toBe(3);
  });

  it('shows single-tier’s churn arriving in proportion to the share it had three months before', () => {
    // Two-month ramp: m1 at 0.5: 4,000 × 0.5 − 300 − 320 × 0.5 − 5,000 = −3,460;
    // m4 pays the churn of m1: 3,380 − 0.5 × 13,785.60 = −3,512.80; m5 the full −10,405.60.
    const net = monthlyNet(ukFirmWith({ aiRampMonths: 2 }), 'singleTierAi');
    [-3460, 3380, 3380, -3512.8, -10405.6].forEach((value, index) =>
      expect(net[index], `month ${index + 1}`).toBeCloseTo(value, 9),
    );
  });

  it('stays on the ramp to the horizon when the ramp is longer', () => {
    // 24-month ramp, 6 months shown: rho(m) = m / 24 in every month shown.
    // Single-tier: 4,000 rho − 300 − 320 rho = 3,680 rho − 300, less 13,785.60 rho(m − 3) from month 4.
    const net = monthlyNet(ukFirmWith({ aiRampMonths: 24, horizonMonths: 6 }), 'singleTierAi');
    const byHand = [1, 2, 3, 4, 5, 6].map(
      (m) => (3680 * m) / 24 - 300 - (m === 1 ? 5000 : 0) - (m > 3 ? (13785.6 * (m - 3)) / 24 : 0),
    );
    // m1: 153.33 − 5,300 = −5,146.67; m2: 6.67; m3: 160; m4: 613.33 − 300 − 574.40 = −261.07
    expect(byHand[3]).toBeCloseTo(-261.0666667, 6);
    expect(net).toHaveLength(6);
    net.forEach((value, index) => expect(value, `month ${index + 1}`).toBeCloseTo(byHand[index], 9));
  });

  it('reads the churn lag against the ramp: with no lag, each month pays its own churn', () => {
    // Lag 0, two-month ramp, two-tier m1: 2,320.48 × 0.5 − 300 − 5,000 − 1,635.84 × 0.5 = −4,957.68
    const net = monthlyNet(ukFirmWith({ aiRampMonths: 2, churnLagMonths: 0 }), 'twoTier');
    expect(net[0]).toBeCloseTo(-4957.68, 9);
    // m2 is the steady month: 2,020.48 − 1,635.84 = 384.64
    expect(net[1]).toBeCloseTo(384.64, 9);
  });

  it('keeps every monthly figure, the decision and the break-even points at the steady state', () => {
    const ramped = evaluate(ukFirmWith({ aiRampMonths: 6 }));
    const steady = evaluate(UK_SERVICES_FIRM);
    expect(ramped.deployments).toEqual(steady.deployments);
    expect(ramped.breakEvenRecall).toBe(steady.breakEvenRecall);
    expect(ramped.timeline.twoTier.cumulativeNet).not.toEqual(steady.timeline.twoTier.cumulativeNet);
    expect(buildTimeline(monthlyNet(UK_SERVICES_FIRM, 'twoTier'))).toEqual(steady.timeline.twoTier);
  });
});
