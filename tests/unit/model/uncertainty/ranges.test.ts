import { describe, expect, it } from 'vitest';
import {
  checkRange,
  defaultSwing,
  numericFields,
  validateRanges,
} from '../../../../src/model/uncertainty/ranges';
import { scenarioFields } from '../../../../src/model/schema';

describe('numericFields', () => {
  it('lists every scenario field but the currency, the assistant switch and the billing, in schema order', () => {
    const words = ['currency', 'humansUseAiAssist', 'aiBilling'];
    const expected = scenarioFields.filter((f) => !words.includes(f));
    expect(numericFields).toEqual(expected);
  });
});

describe(checkRange, () => {
  it.each([
    ['loadedShare', { low: 0.2, likely: 0.33, high: 0.5 }, null],
    ['loadedShare', { low: 0.33, likely: 0.33, high: 0.33 }, null],
    [
      'loadedShare',
      { low: 0.4, likely: 0.33, high: 0.5 },
      'Loaded share: the low end is above the likely value.',
    ],
    [
      'loadedShare',
      { low: 0.2, likely: 0.33, high: 0.3 },
      'Loaded share: the high end is below the likely value.',
    ],
    [
      'loadedShare',
      { low: 0.2, likely: 0.33, high: 1.5 },
      'Loaded share: the high end must be at most 100 %.',
    ],
    [
      'lostClientValue',
      { low: -1, likely: 6000, high: 9000 },
      'Value of a lost client: the low end must be at least 0.',
    ],
    [
      'activeClients',
      { low: 0, likely: 200, high: 300 },
      'Active clients: the low end must be above 0.',
    ],
    [
      'loadedHandlingMultiplier',
      { low: 0.5, likely: 1.5, high: 2 },
      'Loaded inquiry time multiple: the low end must be at least 1.',
    ],
    [
      'churnLagMonths',
      { low: 1.5, likely: 3, high: 6 },
      'Months before lost clients show: the low, likely and high values must be whole numbers.',
    ],
    [
      'routerRecall',
      { low: Number.NaN, likely: 0.9, high: 1 },
      'Loaded inquiries the sorting catches: the low, likely and high values must all be numbers.',
    ],
  ] as const)('%s %o → %s', (field, range, message) => {
    expect(checkRange(field, range)).toBe(message);
  });
});

describe(validateRanges, () => {
  it('keeps the valid ranges and names each refused field', () => {
    const good = { low: 0.05, likely: 0.1, high: 0.2 };
    const check = validateRanges({
      churnIfFumbledLoaded: good,
      loadedShare: { low: 0.2, likely: 0.33, high: 1.5 },
    });
    expect(check.ranges).toEqual({ churnIfFumbledLoaded: good });
    expect(check.errors).toEqual({
      loadedShare: 'Loaded share: the high end must be at most 100 %.',
    });
  });
});

describe(defaultSwing, () => {
  it.each([
    // money, counts, multipliers: a quarter either way (0.8 × 0.75 = 0.6, 0.8 × 1.25 = 1)
    ['aiCostPerInquiry', 0.8, 0.6, 1],
    ['inquiriesPerMonth', 400, 300, 500],
    ['loadedHandlingMultiplier', 1.5, 1.125, 1.875],
    // a multiplier cannot go below 1 nor above 10
    ['loadedHandlingMultiplier', 1.2, 1, 1.5],
    ['loadedHandlingMultiplier', 9, 6.75, 10],
    // shares: ten points, within [0, 1]
    ['routerRecall', 0.95, 0.85, 1],
    ['loadedShare', 0.33, 0.23, 0.43],
    // a share below 20 % swings by half its value: 0.002 ± 0.001
    ['wrongAnswerRate', 0.002, 0.001, 0.003],
    ['fumbleRateAiLoaded', 0.2, 0.1, 0.3],
    // whole months: 3 × 0.75 = 2.25 → 2, 3 × 1.25 = 3.75 → 4
    ['churnLagMonths', 3, 2, 4],
    ['horizonMonths', 120, 90, 120],
    // a money value of 0 has no swing
    ['aiSetupCost', 0, 0, 0],
    // …but an allowance or a ramp of 0 is a plan's setting: up to 100 inquiries, 6 months
    ['aiIncludedPerMonth', 0, 0, 100],
    ['aiRampMonths', 0, 0, 6],
    // and away from 0 they swing like the others: 6 × 0.75 = 4.5 → 5, 6 × 1.25 = 7.5 → 8
    ['aiRampMonths', 6, 5, 8],
    ['aiRampMonths', 24, 18, 24],
    ['aiIncludedPerMonth', 50, 37.5, 62.5],
  ] as const)('%s at %s swings from %s to %s', (field, value, low, high) => {
    expect(defaultSwing(field, value)).toEqual({ low, likely: value, high });
  });

  it('gives every field a valid range around any value within bounds', () => {
    for (const field of numericFields) {
      for (const value of [0.3, 1, 7, 0.99]) {
        // A value outside the field's own bounds (a multiplier of 0.3, a lag of 0.3 months) is skipped.
        if (checkRange(field, { low: value, likely: value, high: value }) !== null) continue;
        expect(checkRange(field, defaultSwing(field, value)), `${field} at ${value}`).toBeNull();
      }
    }
  });
});
