import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioFields } from '../../../src/model';
import {
  boundsMessage,
  isNumberField,
  parseCurrency,
  parseField,
  toDisplay,
  toDrafts,
  validateScenario,
  type NumberField,
} from '../../../src/state/formFields';
import { fieldArbitrary } from '../model/arbitraries';
import { UK_SERVICES_FIRM } from '../model/fixtures';

const numberFields = scenarioFields.filter(isNumberField);

describe('toDisplay', () => {
  it.each([
    ['loadedShare', 0.33, '33'],
    ['fumbleRateAiLoaded', 0.07, '7'], // 0.07 x 100 is 7.000000000000001 in binary
    ['wrongAnswerRate', 0.002, '0.2'],
    ['aiCostPerInquiry', 0.8, '0.8'],
    ['inquiriesPerMonth', 2_300_000, '2300000'],
    ['horizonMonths', 24, '24'],
  ] as const)('shows %s = %d as "%s"', (field, value, shown) => {
    expect(toDisplay(field, value)).toBe(shown);
  });
});

describe('toDrafts', () => {
  it('shows shares as percentages and keeps the currency and the switch as they are', () => {
    const drafts = toDrafts(UK_SERVICES_FIRM);
    expect(drafts.loadedShare).toBe('33');
    expect(drafts.routerRecall).toBe('90');
    expect(drafts.lostClientValue).toBe('6000');
    expect(drafts.currency).toBe('GBP');
    expect(drafts.humansUseAiAssist).toBe(false);
    expect(Object.keys(drafts)).toEqual(scenarioFields);
  });
});

describe('parseField', () => {
  it.each([
    ['loadedShare', '33', 0.33],
    ['loadedShare', ' 33 % ', 0.33],
    ['loadedShare', '33.3', 0.333],
    ['loadedShare', '0', 0],
    ['loadedShare', '100', 1],
    ['wrongAnswerRate', '0.2', 0.002],
    ['inquiriesPerMonth', '2,300,000', 2_300_000],
    ['inquiriesPerMonth', '1e3', 1000],
    ['aiCostPerInquiry', '.8', 0.8],
    ['aiCostPerInquiry', '-0', 0],
    ['loadedHandlingMultiplier', '10', 10],
    ['horizonMonths', '120', 120],
  ] as const)('reads %s typed as "%s" as %d', (field, typed, value) => {
    expect(parseField(field, typed)).toEqual({ ok: true, value });
  });

  it('turns a typed -0 into 0, not negative zero', () => {
    const result = parseField('aiCostPerInquiry', '-0');
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    ['loadedShare', '', 'Loaded share is empty: enter a percentage'],
    ['loadedShare', '   ', 'Loaded share is empty: enter a percentage'],
    ['inquiriesPerMonth', '', 'Inquiries per month is empty: enter a number'],
    ['loadedShare', 'abc', 'Loaded share must be a percentage, such as 33'],
    ['loadedShare', '3 3', 'Loaded share must be a percentage, such as 33'],
    ['inquiriesPerMonth', 'NaN', 'Inquiries per month must be a number, such as 400'],
    ['inquiriesPerMonth', 'Infinity', 'Inquiries per month must be a number, such as 400'],
    ['inquiriesPerMonth', '1e400', 'Inquiries per month must be a number, such as 400'],
    ['inquiriesPerMonth', '١٢', 'Inquiries per month must be a number, such as 400'],
    ['inquiriesPerMonth', '0x10', 'Inquiries per month must be a number, such as 400'],
    [
      'inquiriesPerMonth',
      '12,34',
      'Inquiries per month is unclear: commas go between thousands and a point before decimals, such as 1,250.5',
    ],
    ['lostClientValue', '<script>', 'Value of a lost client must be a number, such as 6000'],
    ['loadedShare', '120', 'Loaded share must be between 0% and 100%'],
    ['loadedShare', '-1', 'Loaded share must be between 0% and 100%'],
    ['inquiriesPerMonth', '100000001', 'Inquiries per month must be between 0 and 100,000,000'],
    ['activeClients', '0', 'Active clients must be more than 0'],
    ['lostClientValue', '-5', 'Value of a lost client must be 0 or more'],
    ['loadedHandlingMultiplier', '0.5', 'Loaded inquiry time multiple must be between 1 and 10'],
    ['horizonMonths', '2.5', 'Months shown must be a whole number between 1 and 120'],
    [
      'churnLagMonths',
      '25',
      'Months before lost clients show must be a whole number between 0 and 24',
    ],
  ] as const)('refuses %s typed as "%s": %s', (field, typed, message) => {
    expect(parseField(field, typed)).toEqual({ ok: false, message });
  });

  it('refuses a 100 KB string without throwing', () => {
    const result = parseField('inquiriesPerMonth', '9'.repeat(100_000));
    expect(result.ok).toBe(false); // 1e99999 overflows to Infinity
  });

  it('reads back exactly what toDisplay shows, for any valid value of any number field', () => {
    for (const field of numberFields) {
      fc.assert(
        fc.property(fieldArbitrary(field), (value) => {
          const read = parseField(field, toDisplay(field, value as number));
          expect(read.ok).toBe(true);
          // Exact for numbers; shares pass through x100 and /100, exact to 15 digits.
          const tolerance = Math.abs(value as number) * 1e-14;
          if (read.ok)
            expect(Math.abs(read.value - (value as number))).toBeLessThanOrEqual(tolerance);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('never throws and names the field in every message, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numberFields),
        fc.string({ maxLength: 40 }),
        (field, typed) => {
          const read = parseField(field as NumberField, typed);
          if (!read.ok) expect(read.message).toMatch(/^[A-Z]/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('boundsMessage', () => {
  it('gives the bounds in display units', () => {
    expect(boundsMessage('loadedShare')).toBe('Loaded share must be between 0% and 100%');
    expect(boundsMessage('fteHoursPerMonth')).toBe(
      'Productive hours per full-time person must be more than 0',
    );
  });
});

describe('parseCurrency', () => {
  it('accepts the five currencies and refuses anything else', () => {
    expect(parseCurrency('EUR')).toEqual({ ok: true, value: 'EUR' });
    expect(parseCurrency('eur')).toEqual({
      ok: false,
      message: 'Currency must be one of GBP, USD, EUR, CAD, AUD',
    });
  });
});

describe('validateScenario', () => {
  it('accepts the default scenario as it is', () => {
    expect(validateScenario(defaultScenario)).toEqual({ ok: true, scenario: defaultScenario });
  });

  it('gives a message for each wrong field only, in display units', () => {
    const result = validateScenario({
      ...defaultScenario,
      loadedShare: 1.2,
      horizonMonths: 0,
      currency: 'XYZ',
      humansUseAiAssist: 'yes',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        loadedShare: 'Loaded share must be between 0% and 100%',
        horizonMonths: 'Months shown must be a whole number between 1 and 120',
        currency: 'Currency must be one of GBP, USD, EUR, CAD, AUD',
        humansUseAiAssist: 'People draft with an AI assistant must be on or off',
      },
    });
  });

  it('names a missing field', () => {
    const { loadedShare: _missing, ...rest } = defaultScenario;
    const result = validateScenario(rest);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['loadedShare']);
  });
});
