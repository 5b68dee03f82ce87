import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDeployments } from '../../../../src/model/evaluateDeployment';
import { recommend } from '../../../../src/model/decision';
import { buildTornado, rankDeployments } from '../../../../src/model/uncertainty/tornado';
import { scenarioArbitrary, UK_SERVICES_FIRM } from './fixtures';

describe(rankDeployments, () => {
  it('ranks the UK firm two-tier (£7,744.16), all-human (£8,128.80), single-tier (£18,534.40)', () => {
    expect(rankDeployments(evaluateDeployments(UK_SERVICES_FIRM))).toEqual([
      'twoTier',
      'allHuman',
      'singleTierAi',
    ]);
  });

  it('puts first the deployment `recommend` picks', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const deployments = evaluateDeployments(scenario);
        expect(rankDeployments(deployments)[0]).toBe(recommend(deployments));
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('breaks a tie in total by fewer clients lost, then by the model’s order', () => {
    const deployments = evaluateDeployments(UK_SERVICES_FIRM);
    const level = {
      allHuman: { ...deployments.allHuman, totalCost: 100, clientsLost: 2 },
      singleTierAi: { ...deployments.singleTierAi, totalCost: 100, clientsLost: 1 },
      twoTier: { ...deployments.twoTier, totalCost: 100, clientsLost: 2 },
    };
    expect(rankDeployments(level)).toEqual(['singleTierAi', 'allHuman', 'twoTier']);
  });
});

describe(buildTornado, () => {
  // Two-tier's total along triage recall r is £18,768.80 − £12,249.60 r a month:
  //   operating 2,180 + 1,320 r, liability 298.56 − 105.6 r, churn 6,000 × (2.71504 − 2.244 r);
  // all-human's is £8,128.80 whatever r. The gap to the runner-up (all-human) is
  // −10,640 + 12,249.60 r: £384.64 at 0.9.
  const tornado = buildTornado(UK_SERVICES_FIRM, {
    routerRecall: { low: 0.85, likely: 0.9, high: 0.95 },
    aiCostPerInquiry: { low: 0.6, likely: 0.8, high: 1 },
  });
  const bar = (field: string) => tornado.bars.find((b) => b.field === field);

  it('measures the gap between the recommended deployment and the runner-up', () => {
    expect(tornado.recommended).toBe('twoTier');
    expect(tornado.runnerUp).toBe('allHuman');
    expect(tornado.gap).toBeCloseTo(384.64, 9);
  });

  it('swings a ranged input across its range and marks the end that flips the answer', () => {
    const recall = bar('routerRecall');
    // at 0.85: −10,640 + 10,412.16 = −227.84 (all-human ahead); at 0.95: +997.12
    expect(recall).toMatchObject({
      low: 0.85,
      high: 0.95,
      source: 'range',
      flipAtLow: 'allHuman',
      flipAtHigh: null,
    });
    expect(recall?.gapAtLow).toBeCloseTo(-227.84, 9);
    expect(recall?.gapAtHigh).toBeCloseTo(997.12, 9);
    expect(recall?.swing).toBeCloseTo(1_224.96, 9);
  });

  it('keeps the answer where no end flips it', () => {
    // two-tier's AI takes 254.4 inquiries: the gap moves 254.4 × 0.4 = £101.76 over the range
    const cost = bar('aiCostPerInquiry');
    expect(cost).toMatchObject({ source: 'range', flipAtLow: null, flipAtHigh: null });
    expect(cost?.swing).toBeCloseTo(101.76, 9);
  });

  it('swings an input without a range by the default swing', () => {
    // lost client value ±25 %: £4,500 to £7,500; the gap moves by £1,500 × (0.69544 − 0.4228) clients
    const value = bar('lostClientValue');
    expect(value).toMatchObject({ low: 4_500, high: 7_500, source: 'default' });
    expect(value?.swing).toBeCloseTo(3_000 * (0.69544 - 0.4228), 9);
  });

  it('swings the allowance from none to 100 inquiries a month when the plan includes none', () => {
    // 100 included save two-tier 100 × £0.80 = £80 a month; all-human bills nothing: the gap
    // grows from £384.64 to £464.64.
    const allowance = bar('aiIncludedPerMonth');
    expect(allowance).toMatchObject({ low: 0, high: 100, source: 'default', flipAtHigh: null });
    expect(allowance?.gapAtLow).toBeCloseTo(384.64, 9);
    expect(allowance?.gapAtHigh).toBeCloseTo(464.64, 9);
  });

  it('leaves out the ramp, which moves the timeline but no monthly total', () => {
    const ramped = buildTornado(UK_SERVICES_FIRM, { aiRampMonths: { low: 0, likely: 3, high: 12 } });
    expect(ramped.bars.map((b) => b.field)).not.toContain('aiRampMonths');
  });

  it('sorts bars by swing, longest first', () => {
    const swings = tornado.bars.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(tornado.bars.length).toBeGreaterThan(10);
  });

  it('leaves out inputs that do not move the gap', () => {
    const fields = tornado.bars.map((b) => b.field);
    for (const idle of [
      'horizonMonths',
      'churnLagMonths',
      'minutesPerHumanInquiry',
      'fteHoursPerMonth',
      'aiSetupCost',
      'assistTimeSaving',
    ]) {
      expect(fields).not.toContain(idle);
    }
  });

  it('puts the input with the longest swing first on a constructed case', () => {
    // With a wide range on the AI's loaded fumble rate (single-tier's total moves £79,200 per unit,
    // two-tier's £7,920) that bar outgrows every default swing and flips the answer at both ends.
    const wide = buildTornado(UK_SERVICES_FIRM, {
      fumbleRateAiLoaded: { low: 0.01, likely: 0.2, high: 0.6 },
    });
    expect(wide.bars[0]).toMatchObject({
      field: 'fumbleRateAiLoaded',
      flipAtLow: 'singleTierAi',
      flipAtHigh: 'allHuman',
    });
    // gap to all-human: 1,968.64 − 7,920 f; at 0.01 £1,889.44, at 0.6 −£2,783.36
    expect(wide.bars[0].swing).toBeCloseTo(7_920 * 0.59, 9);
  });
});
