import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aiBillings,
  currencies,
  fieldMeta,
  fieldProblem,
  scenarioFields,
  scenarioSchema,
  tableProblem,
} from '../../../src/model';

/** Values near and across every bound, and the usual troublemakers. */
const awkwardValue = fc.oneof(
  fc.double(),
  fc.double({ min: -2, max: 2 }),
  fc.integer({ min: -5, max: 150 }),
  fc.constantFrom(
    0,
    -0,
    1,
    1e-12,
    100_000_000,
    100_000_000.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    '0.5',
    '',
    true,
    false,
    null,
    undefined,
    ...currencies,
    'gbp',
    'XTS',
    ...aiBillings,
    'perresolution',
    'sometimes',
  ),
  fc.string(),
  fc.object(),
);

describe(fieldProblem, () => {
  it.each([
    ['loadedShare', 0.33, null],
    ['loadedShare', 1.2, 'too_big'],
    ['loadedShare', -0.01, 'too_small'],
    ['horizonMonths', 2.5, 'not_integer'],
    ['horizonMonths', Number.MAX_SAFE_INTEGER + 2, 'not_integer'],
    ['activeClients', 0, 'too_small'], // more than 0 clients
    ['inquiriesPerMonth', Number.NaN, 'invalid_type'],
    ['currency', 'JPY', 'invalid_value'],
    ['humansUseAiAssist', 'true', 'invalid_type'],
    ['aiBilling', 'perResolution', null],
    ['aiBilling', 'sometimes', 'invalid_value'],
    ['aiBilling', 1, 'invalid_value'], // zod's enum names any other value, a number too, by its allowed words
    ['aiIncludedPerMonth', -1, 'too_small'],
    ['aiIncludedPerMonth', 1e9, null],
    ['aiRampMonths', 25, 'too_big'],
    ['aiRampMonths', 1.5, 'not_integer'],
  ] as const)('checks %s = %s as %s', (field, value, problem) => {
    expect(fieldProblem(field, value)).toBe(problem);
  });

  it('accepts and refuses exactly what the field table’s own check does, for every field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarioFields), awkwardValue, (field, value) => {
        const byTable = tableProblem(field, value);
        expect(fieldProblem(field, value) === null).toBe(byTable === null);
        expect(scenarioSchema.shape[field].safeParse(value).success).toBe(byTable === null);
        // For a number the two name the same problem (for other values zod's
        // wording varies by field type; the boundaries word those themselves).
        if (typeof value === 'number' && Number.isFinite(value)) {
          expect(fieldProblem(field, value)).toBe(byTable);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the table’s own check exactly at every field’s bounds', () => {
    for (const field of scenarioFields) {
      const { min, max, kind, options } = fieldMeta(field);
      if (options || kind === 'boolean') continue;
      for (const value of [min, max, min - 1e-9, max + 1e-9, min + 1e-12]) {
        expect(fieldProblem(field, value), `${field} = ${value}`).toBe(tableProblem(field, value));
      }
    }
  });

  it('has a schema for every field of the table and no other', () => {
    expect(Object.keys(scenarioSchema.shape)).toEqual(scenarioFields);
  });
});

describe('fieldMeta of the AI’s billing, allowance and ramp', () => {
  it('lists the two words the billing takes, each with a label in plain words', () => {
    const meta = fieldMeta('aiBilling');
    expect(meta.options).toEqual(['perInquiry', 'perResolution']);
    expect(Object.keys(meta.optionLabels ?? {})).toEqual(['perInquiry', 'perResolution']);
    for (const label of Object.values(meta.optionLabels ?? {})) expect(label).not.toMatch(/per[A-Z]/);
  });

  it('keeps the three in the AI’s group, behind the advanced inputs', () => {
    for (const field of ['aiBilling', 'aiIncludedPerMonth', 'aiRampMonths'] as const) {
      expect(fieldMeta(field)).toMatchObject({ group: 'ai', primary: false });
    }
  });
});
