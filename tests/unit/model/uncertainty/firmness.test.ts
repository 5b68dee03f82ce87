/**
 * How firm the answer is: the exact flip points inside each input's plausible
 * range, checked against the tornado and against the recommendation itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDeployments } from '../../../../src/model/evaluateDeployment';
import { compareAmounts, recommend } from '../../../../src/model/decision';
import { defaultSwing, numericFields } from '../../../../src/model/uncertainty/ranges';
import { buildTornado, rankDeployments } from '../../../../src/model/uncertainty/tornado';
import { firmness } from '../../../../src/model/uncertainty/firmness';
import type { Scenario } from '../../../../src/model/schema';
import { scenarioArbitrary, UK_SERVICES_FIRM } from './fixtures';

describe(firmness, () => {
  const sure = firmness(UK_SERVICES_FIRM);
  const flip = (field: string) => sure.flips.find((f) => f.field === field);

  it('calls the default firm a close call, nearest at the sorting’s catch rate', () => {
    // Two-tier's total falls £12,249.60 per unit of catch rate and leads all people by
    // £384.64, so they meet at 0.9 − 384.64 / 12,249.6 = 0.868600; the default swing
    // is 0.8 to 1, so the flip lies (0.9 − 0.8686) / 0.1 = 0.314 of the way down.
    expect(sure.level).toBe('close-call');
    expect(sure.recommended).toBe('twoTier');
    expect(sure.flips[0]).toMatchObject({
      field: 'routerRecall',
      winner: 'allHuman',
      source: 'default',
    });
    expect(sure.flips[0].value).toBeCloseTo(0.9 - 384.64 / 12_249.6, 10);
    expect(sure.flips[0].reach).toBeCloseTo(384.64 / 12_249.6 / 0.1, 10);
  });

  it('finds where a lost client’s value flips it: £7,410.80, inside £4,500 to £7,500', () => {
    // Two-tier: £3,368 + £203.52 + 0.69544 V; all people: £5,592 + 0.4228 V.
    // They meet at V = 2,020.48 / 0.27264 = £7,410.80.
    expect(flip('lostClientValue')?.value).toBeCloseTo(2_020.48 / 0.27264, 6);
    expect(flip('lostClientValue')?.range).toMatchObject({ low: 4_500, high: 7_500 });
  });

  it('names six inputs that flip it, and single-tier as never the cheapest', () => {
    expect(sure.flips.map((f) => f.field).sort()).toEqual(
      [
        'churnIfFumbledLoaded',
        'fumbleRateAiLoaded',
        'humanCostPerInquiry',
        'loadedShare',
        'lostClientValue',
        'routerRecall',
      ].sort(),
    );
    expect(sure.neverCheapest).toEqual(['singleTierAi']);
  });

  it('uses the owner’s range instead of the default swing', () => {
    // A lost client between £5,000 and £7,000 never reaches £7,410.80.
    const ranges = { lostClientValue: { low: 5_000, likely: 6_000, high: 7_000 } };
    expect(firmness(UK_SERVICES_FIRM, ranges).flips.map((f) => f.field)).not.toContain(
      'lostClientValue',
    );
    // Reaching £8,000 puts the flip (7,410.80 − 6,000) / 2,000 = 0.705 of the way up.
    const wider = firmness(UK_SERVICES_FIRM, {
      lostClientValue: { low: 5_000, likely: 6_000, high: 8_000 },
    }).flips.find((f) => f.field === 'lostClientValue');
    expect(wider?.source).toBe('range');
    expect(wider?.reach).toBeCloseTo((2_020.48 / 0.27264 - 6_000) / 2_000, 8);
  });

  it('is firm when no range reaches a flip: an AI dearer than people by far', () => {
    // With a lost client at £1,000 all people cost 5,592 + 0.4228 × 1,000 = £6,014.80 and, at
    // £20 an AI inquiry, two-tier 8,252.48 + 695.44 + 203.52 = £9,151.44: £3,136.64 more. A
    // quarter off the AI (£15) saves only 254.4 × £5 = £1,272.
    const costly = { ...UK_SERVICES_FIRM, aiCostPerInquiry: 20, lostClientValue: 1_000 };
    const verdict = firmness(costly);
    expect(verdict.level).toBe('firm');
    expect(verdict.flips).toEqual([]);
    expect(verdict.neverCheapest).toEqual(['singleTierAi', 'twoTier']);
  });
});

/** The recommendation at a value, or null inside recommend's tie band. */
function clearWinner(scenario: Scenario) {
  const deployments = evaluateDeployments(scenario);
  const [first, second] = rankDeployments(deployments);
  return compareAmounts(deployments[first].totalCost, deployments[second].totalCost) === 0
    ? null
    : recommend(deployments);
}

describe('firmness against the tornado and the recommendation', () => {
  it('is never firm while a tornado bar changes the answer', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const flipped = buildTornado(scenario).bars.some((bar) => bar.flipAtLow || bar.flipAtHigh);
        if (flipped) expect(firmness(scenario).level).toBe('close-call');
      }),
      { numRuns: 60 },
    );
  });

  it('when firm, keeps the recommendation at every tenth of every range', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const verdict = firmness(scenario);
        if (verdict.level !== 'firm') return;
        for (const field of numericFields) {
          const { low, high } = defaultSwing(field, scenario[field]);
          for (let step = 0; step <= 10; step++) {
            const winner = clearWinner({ ...scenario, [field]: low + ((high - low) * step) / 10 });
            if (winner) expect(winner).toBe(verdict.recommended);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('flips exactly where it says: the recommendation changes just past the value', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const flip of firmness(scenario).flips) {
          const step = Math.max(1e-6, Math.abs(flip.value) * 1e-6);
          const past = flip.value < flip.base ? flip.value - step : flip.value + step;
          const winner = clearWinner({ ...scenario, [flip.field]: past });
          if (winner && flip.reach < 1) expect(winner).not.toBe(firmness(scenario).recommended);
        }
      }),
      { numRuns: 20 },
    );
  });
});
