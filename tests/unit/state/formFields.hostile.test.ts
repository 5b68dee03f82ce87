/**
 * The form's parsers under arbitrary and hostile input (fast-check, thousands of
 * runs): nothing throws, what is accepted is a finite value inside the field's
 * bounds, what is refused gets a message naming the field, and a whole scenario
 * with some fields spoilt gets one message for each of those fields and no other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencies,
  defaultScenario,
  fieldMeta,
  scenarioFields,
  scenarioSchema,
  type ScenarioField,
} from '../../../src/model';
import {
  isNumberField,
  parseCurrency,
  parseField,
  toDisplay,
  validateScenario,
  type NumberField,
} from '../../../src/state/formFields';
import { fieldArbitrary } from '../model/arbitraries';

const numberFields = scenarioFields.filter(isNumberField);
const RUNS = 5_000;

/** Strings a person, a paste or an attacker might put in a number field. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '1e-400',
    '-0',
    '+0',
    '0x10',
    '0b1',
    '0o7',
    '1_000',
    '١٢٣',
    '٠٫٥',
    '１２',
    '४२',
    '½',
    '1,2,3',
    '1,,000',
    '.',
    '-',
    '+',
    'e5',
    '5e',
    '1e+',
    ' ',
    '\u00a0',
    '%',
    '50 %',
    '50%%',
    '1.2.3',
    '--1',
    '1-',
    'null',
    'undefined',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    '£',
    '$$5',
    'US$',
    'GBP',
    '£1,2',
    '€1.000,50',
    '1,000 USD',
  ),
  // Huge and tiny numbers written out, and 100 KB strings.
  fc.double().map((value) => String(value)),
  fc.double().map((value) => value.toExponential()),
  fc.integer({ min: 1, max: 400 }).map((digits) => '9'.repeat(digits)),
  fc.integer({ min: 1, max: 400 }).map((zeros) => `0.${'0'.repeat(zeros)}1`),
  fc.constantFrom('9'.repeat(100 * 1024), 'A'.repeat(100 * 1024), `1${'0'.repeat(100 * 1024)}`),
);

describe(parseField, () => {
  it("never throws, and accepts only finite values within the field's bounds, never -0", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numberFields),
        hostileText,
        fc.constantFrom(undefined, ...currencies),
        (field, text, currency) => {
          const result = parseField(field, text, currency);
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(Object.is(result.value, -0)).toBe(false);
            expect(scenarioSchema.shape[field].safeParse(result.value).success).toBe(true);
          } else {
            expect(result.message).toContain(fieldMeta(field).label);
          }
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('refuses script tags, NaN, Infinity, overflowing exponents and unicode digits in every field', () => {
    const refused = [
      '<script>alert(1)</script>',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e309',
      '١٢',
      '１２',
      '0x10',
      '9'.repeat(100 * 1024),
    ];
    for (const field of numberFields) {
      for (const text of refused) {
        const result = parseField(field, text);
        expect(result, `${field} <- ${text.slice(0, 20)}`).toEqual({
          ok: false,
          message: expect.stringContaining(fieldMeta(field).label),
        });
      }
    }
  });

  it('reads back every valid value it displays', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...numberFields)
          .chain((field) =>
            fieldArbitrary(field).map((value) => [field, value as number] as const),
          ),
        ([field, value]) => {
          const result = parseField(field as NumberField, toDisplay(field as NumberField, value));
          expect(result.ok).toBe(true);
          // Shares go through x100 and /100 with 15 significant digits kept each way.
          if (result.ok)
            expect(Math.abs(result.value - value)).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(value)),
            );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe(parseCurrency, () => {
  it('accepts exactly the listed currencies and names the field otherwise', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...currencies),
          fc.constantFrom('gbp', ' GBP', 'GBP ', 'XXX'),
        ),
        (text) => {
          const result = parseCurrency(text);
          expect(result.ok).toBe((currencies as readonly string[]).includes(text));
          if (!result.ok) expect(result.message).toContain(fieldMeta('currency').label);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Values that no field of the scenario accepts. */
const spoilt = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1e308,
  -1,
  '12',
  '<script>',
  null,
  undefined,
  {},
  [],
  [1],
  true,
  'GBPX',
  { valueOf: () => 1 },
  Symbol('x'),
  10n,
);

describe(validateScenario, () => {
  it('names every spoilt field, and no other, without throwing', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...scenarioFields), { minLength: 1, maxLength: 8 }),
        fc.array(spoilt, { minLength: 8, maxLength: 8 }),
        (fields, values) => {
          const input: Record<string, unknown> = { ...defaultScenario };
          // Keep only the fields whose own schema refuses the new value (true is a valid switch).
          const spoiltFields = fields.filter(
            (field, index) => !scenarioSchema.shape[field].safeParse(values[index]).success,
          );
          spoiltFields.forEach((field) => (input[field] = values[fields.indexOf(field)]));
          const result = validateScenario(input);
          if (spoiltFields.length === 0) {
            expect(result.ok).toBe(true);
            return;
          }
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(Object.keys(result.errors).sort()).toEqual([...spoiltFields].sort());
          for (const field of spoiltFields) {
            expect(result.errors[field as ScenarioField]).toContain(fieldMeta(field).label);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('ignores unknown and prototype keys and pollutes nothing', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "extra": "<script>"}`,
    ) as Record<string, unknown>;
    const result = validateScenario({ ...defaultScenario, ...input });
    expect(result.ok).toBe(true);
    expect('polluted' in Object.prototype).toBe(false);
  });

  it('does not throw on values that are not objects at all', () => {
    for (const value of [null, undefined, 42, 'scenario', [], Number.NaN, () => 1]) {
      expect(() => validateScenario(value)).not.toThrow();
      expect(validateScenario(value).ok).toBe(false);
    }
  });
});
