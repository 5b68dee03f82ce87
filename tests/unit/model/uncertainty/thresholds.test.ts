import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../src/model/schema';
import { fieldMeta } from '../../../../src/model/schema';
import { evaluateDeployments } from '../../../../src/model/evaluateDeployment';
import { compareAmounts, recommend } from '../../../../src/model/decision';
import type { NumericField } from '../../../../src/model/uncertainty/ranges';
import { numericFields } from '../../../../src/model/uncertainty/ranges';
import { buildTornado, rankDeployments } from '../../../../src/model/uncertainty/tornado';
import {
  describeThreshold,
  findThreshold,
  findThresholds,
  keyThresholdFields,
  thresholdFields,
} from '../../../../src/model/uncertainty/thresholds';
import { scenarioArbitrary, UK_SERVICES_FIRM } from './fixtures';

function recommendedAt(scenario: Scenario, field: NumericField, value: number) {
  return recommend(evaluateDeployments({ ...scenario, [field]: value }));
}

/**
 * The deployment recommended with the input at this value, or null when the best
 * two totals are within `recommend`'s tie tolerance (a tie is decided by clients
 * lost, so a threshold is exact only up to that band).
 */
function clearWinnerAt(scenario: Scenario, field: NumericField, value: number) {
  const deployments = evaluateDeployments({ ...scenario, [field]: value });
  const [first, second] = rankDeployments(deployments);
  const tie = compareAmounts(deployments[first].totalCost, deployments[second].totalCost) === 0;
  return tie ? null : first;
}

/** Shares as percentages to one decimal, anything else as a plain number. */
function formatValue(field: NumericField, value: number): string {
  return fieldMeta(field).kind === 'share' ? `${(value * 100).toFixed(1)} %` : value.toFixed(2);
}

describe(findThreshold, () => {
  // Totals a month along the AI's loaded fumble rate f, UK firm:
  //   single-tier 1,892 + 320 + 6,000 × (268 × 0.03 × 0.01 + 132 f × 0.1) = 2,694.40 + 79,200 f
  //   two-tier 3,368 + 203.52 + 6,000 × (7.504 × 0.01 + (118.8 × 0.03 + 13.2 f) × 0.1) = 6,160.16 + 7,920 f
  //   all-human 8,128.80 (no AI)
  const threshold = findThreshold(UK_SERVICES_FIRM, 'fumbleRateAiLoaded');

  it('finds where single-tier draws level below, and all-human above', () => {
    expect(threshold.recommended).toBe('twoTier');
    expect(threshold.base).toBe(0.2);
    // 2,694.40 + 79,200 f = 6,160.16 + 7,920 f → f = 3,465.76 / 71,280 = 0.048622
    expect(threshold.below?.winner).toBe('singleTierAi');
    expect(threshold.below?.value).toBeCloseTo(3_465.76 / 71_280, 12);
    // 6,160.16 + 7,920 f = 8,128.80 → f = 1,968.64 / 7,920 = 0.248566
    expect(threshold.above?.winner).toBe('allHuman');
    expect(threshold.above?.value).toBeCloseTo(1_968.64 / 7_920, 12);
  });

  // "Just" is a millionth: totals within a billionth of each other count as a tie
  // (decided by clients lost), so a step of 1e-9 could land inside the tie.
  it('changes the recommendation just past each threshold and not just before it', () => {
    const below = threshold.below!.value;
    const above = threshold.above!.value;
    expect(recommendedAt(UK_SERVICES_FIRM, 'fumbleRateAiLoaded', below + 1e-6)).toBe('twoTier');
    expect(recommendedAt(UK_SERVICES_FIRM, 'fumbleRateAiLoaded', below - 1e-6)).toBe(
      'singleTierAi',
    );
    expect(recommendedAt(UK_SERVICES_FIRM, 'fumbleRateAiLoaded', above - 1e-6)).toBe('twoTier');
    expect(recommendedAt(UK_SERVICES_FIRM, 'fumbleRateAiLoaded', above + 1e-6)).toBe('allHuman');
  });

  it('says "not within its bounds" (null) where no value changes the answer', () => {
    // Cheaper triage only helps two-tier: nothing changes below £0.05 …
    const triage = findThreshold(UK_SERVICES_FIRM, 'triageCostPerInquiry');
    expect(triage.below).toBeNull();
    // … while above, with no upper bound, all-human catches up at 0.05 + 384.64 / 400 = £1.0116
    expect(triage.above?.winner).toBe('allHuman');
    expect(triage.above?.value).toBeCloseTo(0.05 + 384.64 / 400, 12);
    // The setup cost is paid once and is not in any monthly total.
    expect(findThreshold(UK_SERVICES_FIRM, 'aiSetupCost')).toMatchObject({
      below: null,
      above: null,
    });
  });

  it('solves past the bend where clients lost reach the client base', () => {
    // Along active clients A: single-tier's uncapped clients lost is 2.7204, two-tier's 0.69544.
    // Below 2.7204 single-tier's total is 1,892 + 320 + 6,000 A, which meets two-tier's
    // £7,744.16 at A = 5,532.16 / 6,000 = 0.922027, where two-tier is still uncapped.
    const clients = findThreshold(UK_SERVICES_FIRM, 'activeClients');
    expect(clients.below?.winner).toBe('singleTierAi');
    expect(clients.below?.value).toBeCloseTo(5_532.16 / 6_000, 12);
    expect(clients.above).toBeNull();
  });

  it('finds the allowance at which two-tier would overtake all-human', () => {
    // A £800 platform: two-tier costs £7,744.16 + £500 = £8,244.16, £115.36 above all-human's
    // £8,128.80. Each inquiry included saves it £0.80 up to the 254.4 it bills:
    // level at 115.36 / 0.80 = 144.2 included. Single-tier, at £19,034.40 − £320 at best, never.
    const threshold = findThreshold(
      { ...UK_SERVICES_FIRM, aiPlatformPerMonth: 800 },
      'aiIncludedPerMonth',
    );
    expect(threshold.recommended).toBe('allHuman');
    expect(threshold.below).toBeNull();
    expect(threshold.above?.winner).toBe('twoTier');
    expect(threshold.above?.value).toBeCloseTo(144.2, 9);
  });

  it('finds none past the allowance’s bend when the AI cannot save enough', () => {
    // A £900 platform leaves two-tier £215.36 above; all 254.4 included save only £203.52.
    const threshold = findThreshold(
      { ...UK_SERVICES_FIRM, aiPlatformPerMonth: 900 },
      'aiIncludedPerMonth',
    );
    expect(threshold.above).toBeNull();
  });

  it('holds its claims on random scenarios, checked on a grid', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom(...numericFields), (scenario, field) => {
        const found = findThreshold(scenario, field);
        const meta = fieldMeta(field);
        const base = scenario[field];
        for (const side of ['below', 'above'] as const) {
          const crossing = found[side];
          // An unbounded input is checked up to a thousand times its value.
          const bound = side === 'below' ? meta.min : Math.min(meta.max, base * 1_000 + 1_000);
          const end = crossing ? crossing.value : bound;
          // Strictly between the current value and the threshold (or the bound), nothing changes.
          for (let step = 1; step < 50; step++) {
            const x = base + ((end - base) * step) / 50;
            if (meta.minExclusive && x <= meta.min) continue;
            const winner = clearWinnerAt(scenario, field, x);
            if (winner) expect(winner, `${field} at ${x}`).toBe(found.recommended);
          }
          if (crossing) {
            const direction = side === 'below' ? -1 : 1;
            const past = crossing.value + direction * 1e-6 * Math.max(1, Math.abs(crossing.value));
            const winner = clearWinnerAt(scenario, field, past);
            if (past >= meta.min && past <= meta.max && winner) {
              expect(winner, `${field} past ${crossing.value}`).not.toBe(found.recommended);
            }
          }
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe(findThresholds, () => {
  it('gives the key inputs by default', () => {
    expect(findThresholds(UK_SERVICES_FIRM).map((t) => t.field)).toEqual(keyThresholdFields);
  });
});

describe(thresholdFields, () => {
  it('takes the top of the tornado, then the key inputs, once each', () => {
    const tornado = buildTornado(UK_SERVICES_FIRM, {
      fumbleRateAiLoaded: { low: 0.01, likely: 0.2, high: 0.6 },
    });
    const top = tornado.bars.slice(0, 2).map((b) => b.field);
    expect(top[0]).toBe('fumbleRateAiLoaded');
    const fields = thresholdFields(tornado, 2);
    expect(fields.slice(0, 2)).toEqual(top);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toEqual(expect.arrayContaining([...keyThresholdFields]));
  });
});

describe(describeThreshold, () => {
  it('says which deployment would win once the input passes each threshold', () => {
    expect(
      describeThreshold(findThreshold(UK_SERVICES_FIRM, 'fumbleRateAiLoaded'), formatValue),
    ).toEqual([
      'Single-tier would become the cheapest in total once the AI handled fewer than 4.9 % of loaded inquiries badly (now 20.0 %).',
      'All-human would become the cheapest in total once the AI handled more than 24.9 % of loaded inquiries badly (now 20.0 %).',
    ]);
  });

  it('says so when no value within bounds changes the answer', () => {
    expect(describeThreshold(findThreshold(UK_SERVICES_FIRM, 'aiSetupCost'), formatValue)).toEqual([
      'No value of “AI setup cost” within its bounds changes the answer: two-tier stays the cheapest in total.',
    ]);
  });

  it('has wording for every input that can move a total', () => {
    const moving = buildTornado(UK_SERVICES_FIRM).bars.map((b) => b.field);
    for (const field of moving) {
      const sentence = describeThreshold(
        {
          field,
          base: 1,
          recommended: 'twoTier',
          below: { value: 0.5, winner: 'allHuman' },
          above: null,
        },
        formatValue,
      )[0];
      expect(sentence, field).not.toContain('“');
      expect(sentence, field).not.toContain('{');
    }
  });
});

describe('findThreshold within a range', () => {
  it('finds the same crossing inside the range as the whole search, and none beyond it', () => {
    const within = (value: number, from: number, to: number) =>
      value >= Math.min(from, to) && value <= Math.max(from, to);
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom(...numericFields),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (scenario, field, lowFactor, widthFactor) => {
          const meta = fieldMeta(field);
          const base = scenario[field];
          // A range near the current value, inside the input's bounds; it may miss the value.
          const clamp = (value: number) => Math.min(meta.max, Math.max(meta.min, value));
          const range = {
            low: clamp(base * lowFactor),
            high: clamp(base * (lowFactor + widthFactor)),
          };
          const whole = findThreshold(scenario, field);
          const narrowed = findThreshold(scenario, field, range);
          for (const [side, end] of [
            ['below', Math.min(base, range.low)],
            ['above', Math.max(base, range.high)],
          ] as const) {
            const crossing = whole[side];
            // A crossing at the range's very end may fall either side of it by rounding.
            if (crossing && Math.abs(crossing.value - end) <= 1e-9 * Math.max(1, Math.abs(end))) {
              continue;
            }
            const found = narrowed[side];
            if (!crossing || !within(crossing.value, base, end)) {
              expect(found, `${field} ${side}`).toBeNull();
              continue;
            }
            // The same crossing, solved on a shorter piece of the same line: equal to rounding.
            expect(found?.winner, `${field} ${side}`).toBe(crossing.winner);
            expect(Math.abs(found!.value - crossing.value)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, Math.abs(crossing.value)),
            );
          }
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});
