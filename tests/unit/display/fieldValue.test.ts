import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '../../../src/display/fieldValue';

describe(formatFieldValue, () => {
  describe('an input as typed (messages, print, methodology)', () => {
    it.each([
      ['loadedShare', 0.33, '33%'],
      ['wrongAnswerRate', 0.002, '0.2%'],
      // 0.0125 is 1.25 %: the decimals of a percentage survive, the form takes them back.
      ['fumbleRateAiRoutine', 0.0125, '1.25%'],
      ['inquiriesPerMonth', 2_300_000, '2,300,000'],
      ['activeClients', 85_000_000, '85,000,000'],
      ['minutesPerHumanInquiry', 11, '11'],
      ['loadedHandlingMultiplier', 1.5, '1.5'],
      ['horizonMonths', 24, '24'],
      // Money without a currency (a message about a bound) is a plain amount.
      ['lostClientValue', 6000, '6,000'],
      ['aiCostPerInquiry', 0.8, '0.8'],
      ['currency', 'CAD', 'CAD'],
      ['humansUseAiAssist', true, 'on'],
      ['aiBilling', 'perResolution', 'Per inquiry it resolves'],
      ['aiBilling', 'perInquiry', 'Per inquiry it takes'],
      ['humansUseAiAssist', false, 'off'],
    ] as const)('shows %s = %s as %s', (field, value, shown) => {
      expect(formatFieldValue(field, value)).toBe(shown);
    });

    it.each([
      ['aiSetupCost', 2_000_000, 'USD', 'US$2,000,000'],
      ['lostClientValue', 6000, 'GBP', '£6,000'],
      ['aiCostPerInquiry', 0.8, 'GBP', '£0.80'],
      // An input is shown exactly, not rounded like a result: £12.50, not £13.
      ['humanCostPerInquiry', 12.5, 'GBP', '£12.50'],
      ['triageCostPerInquiry', 0.055, 'EUR', '€0.055'],
    ] as const)('shows money %s = %s in %s as %s', (field, value, currency, shown) => {
      expect(formatFieldValue(field, value, { currency })).toBe(shown);
    });

    it.each([
      ['horizonMonths', 24, '24 months'],
      ['horizonMonths', 1, '1 month'],
      ['minutesPerHumanInquiry', 20, '20 minutes'],
      ['inquiriesPerMonth', 400, '400'],
    ] as const)('adds the unit of time when asked: %s = %s as %s', (field, value, shown) => {
      expect(formatFieldValue(field, value, { withUnit: true })).toBe(shown);
    });
  });

  describe('a computed value, rounded (the tornado)', () => {
    it.each([
      ['fumbleRateAiLoaded', 0.048621, '4.9%'],
      ['wrongAnswerRate', 0.00043, '0.043%'],
      ['routerRecall', 1, '100%'],
      ['aiCostPerInquiry', 0.6, '£0.60'],
      ['lostClientValue', 6000, '£6,000'],
      ['loadedHandlingMultiplier', 1.875, '1.9'],
      ['inquiriesPerMonth', 352.34, '352'],
    ] as const)('shows %s = %s as %s', (field, value, shown) => {
      expect(formatFieldValue(field, value, { currency: 'GBP', rounded: true })).toBe(shown);
    });
  });
});
