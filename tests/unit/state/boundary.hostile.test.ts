/**
 * Hostile input at every boundary reader: shared links, the saved
 * scenarios document and imported files get many thousands of arbitrary and
 * hostile values. None may throw; every valid field is kept exactly; every
 * field that is not used has a message naming it; nothing reaches a prototype.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultScenario,
  scenarioFields,
  scenarioSchema,
  type Scenario,
  type ScenarioField,
} from '../../../src/model';
import { isScenarioField, type BoundaryMessage } from '../../../src/state/boundary';
import { linkControlParams, parseSharedLink } from '../../../src/state/link';
import { readSavedScenarios } from '../../../src/state/savedScenarios';
import { readScenarioFile } from '../../../src/state/scenarioFile';
import {
  anyText,
  edgeNumberTexts,
  hostileKeys,
  hostileTexts,
  validValueArbitrary,
} from './fixtures/arbitraries';

/** What a generated parameter is known to be. */
type Expectation = 'valid' | 'bad' | 'either';
interface Param {
  key: string;
  /** Link text, or a JSON fragment for documents. */
  text: string;
  expect: Expectation;
}

const fieldArbitrary = fc.constantFrom(...scenarioFields);
const foreignKey = fc.oneof(fc.constantFrom(...hostileKeys), fc.string({ maxLength: 12 }));

const linkParam: fc.Arbitrary<Param> = fc.oneof(
  fieldArbitrary.chain((key) =>
    validValueArbitrary(key).map((value) => ({
      key,
      text: String(value),
      expect: 'valid' as const,
    })),
  ),
  fc
    .tuple(fieldArbitrary, fc.constantFrom(...hostileTexts))
    .map(([key, text]) => ({ key, text, expect: 'bad' as const })),
  fc
    .tuple(fieldArbitrary, anyText)
    .map(([key, text]) => ({ key, text, expect: 'either' as const })),
  fc.tuple(foreignKey, anyText).map(([key, text]) => ({ key, text, expect: 'either' as const })),
);

/** JSON fragments: valid values, hostile values, and numbers JSON.stringify never writes. */
const jsonFragment = (field: ScenarioField): fc.Arbitrary<{ text: string; expect: Expectation }> =>
  fc.oneof(
    validValueArbitrary(field).map((value) => ({
      text: JSON.stringify(value),
      expect: 'valid' as const,
    })),
    fc
      .constantFrom(...hostileTexts)
      .map((text) => ({ text: JSON.stringify(text), expect: 'bad' as const })),
    fc
      .constantFrom('null', '[]', '{}', '{"__proto__":{"polluted":1}}', '[0.5]', '"0.5"', '"true"')
      .map((text) => ({ text, expect: 'bad' as const })),
    fc.constantFrom(...edgeNumberTexts.filter((text) => !/^[+.]|\.$/.test(text))).map((text) => ({
      text,
      expect: 'either' as const,
    })),
    fc
      .jsonValue({ maxDepth: 2 })
      .map((value) => ({ text: JSON.stringify(value), expect: 'either' as const })),
  );

const documentParam: fc.Arbitrary<Param> = fc.oneof(
  {
    weight: 4,
    arbitrary: fieldArbitrary.chain((key) =>
      jsonFragment(key).map((fragment) => ({ key, ...fragment })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(foreignKey, fc.jsonValue({ maxDepth: 2 }))
      .map(([key, value]) => ({ key, text: JSON.stringify(value), expect: 'either' as const })),
  },
);

/** The last occurrence of each key, as both readers resolve repeated keys. */
function lastByKey(params: readonly Param[]): Map<string, Param> {
  return new Map(params.map((param) => [param.key, param]));
}

/**
 * The contract for one field: used exactly and not named in any message, or
 * named in a message and left at its baseline (a dropped range keeps the
 * likely value, which is then the value read).
 */
function expectFieldOutcome(
  field: ScenarioField,
  param: Param | undefined,
  actual: Scenario,
  named: (field: ScenarioField) => BoundaryMessage[],
  readValue: (param: Param) => unknown,
): void {
  const messages = named(field).filter((message) => message.kind !== 'duplicate');
  if (param === undefined) return;
  if (param.expect === 'valid') {
    expect(messages).toEqual([]);
    expect(actual[field]).toEqual(readValue(param));
    return;
  }
  if (messages.length === 0) {
    expect(param.expect).toBe('either');
    expect(actual[field]).toEqual(readValue(param));
  } else if (!messages.some((message) => message.text.includes('the range was dropped'))) {
    expect(actual[field]).toEqual(defaultScenario[field]);
  }
}

function expectValidScenario(scenario: Scenario): void {
  expect(scenarioSchema.safeParse(scenario).success).toBe(true);
  expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

/** The value the link reader makes of valid text. */
function linkValue(param: Param): unknown {
  if (param.text === 'true' || param.text === 'false') return param.text === 'true';
  const number = Number(param.text);
  if (param.text.trim() !== '' && Number.isFinite(number)) return number === 0 ? 0 : number;
  return param.text;
}

/** The value a JSON reader makes of a fragment. */
function jsonValue(param: Param): unknown {
  const value: unknown = JSON.parse(param.text);
  return value === 0 ? 0 : value;
}

function objectText(params: readonly Param[]): string {
  return `{${params.map(({ key, text }) => `${JSON.stringify(key)}:${text}`).join(',')}}`;
}

describe('parseSharedLink with hostile parameters', () => {
  it('keeps every valid parameter and names every one it does not use (property)', () => {
    fc.assert(
      fc.property(fc.array(linkParam, { maxLength: 12 }), (params) => {
        const search = params
          .map(({ key, text }) => `${encodeURIComponent(key)}=${encodeURIComponent(text)}`)
          .join('&');
        const parsed = parseSharedLink(search);
        expectValidScenario(parsed.scenario);
        expectNoPollution();
        const last = lastByKey(params);
        const named = (field: string) =>
          parsed.messages.filter((message) => message.param === field);
        for (const field of scenarioFields) {
          expectFieldOutcome(field, last.get(field), parsed.scenario, named, linkValue);
        }
        const control: readonly string[] = linkControlParams;
        for (const key of last.keys()) {
          if (!isScenarioField(key) && !control.includes(key)) {
            expect(named(key).map(({ kind }) => kind)).toContain('unknown');
          }
        }
        const repeated = params.filter(
          ({ key }, i) => params.findIndex((p) => p.key === key) !== i,
        );
        for (const { key } of repeated)
          expect(named(key).map(({ kind }) => kind)).toContain('duplicate');
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on any string at all, and always gives a valid scenario (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
        ),
        (search) => {
          const parsed = parseSharedLink(search);
          expectValidScenario(parsed.scenario);
          for (const message of parsed.messages) expect(typeof message.text).toBe('string');
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('readSavedScenarios with hostile data', () => {
  it('keeps every valid field of an entry and names every bad one (property)', () => {
    fc.assert(
      fc.property(fc.array(documentParam, { maxLength: 14 }), fc.string(), (params, name) => {
        const text = `{"format":"two-tier-support-saved-scenarios","version":1,"entries":[{"id":"s1","name":${JSON.stringify(name)},"savedAt":"2026-01-05T10:00:00.000Z","scenario":${objectText(params)}}]}`;
        const read = readSavedScenarios(text);
        expectNoPollution();
        const entry = read.collection.entries[0]!;
        expectValidScenario(entry.scenario);
        const named = (field: string) =>
          read.messages.filter((message) => message.param === `entries[0].scenario.${field}`);
        const last = lastByKey(params);
        for (const field of scenarioFields) {
          expectFieldOutcome(field, last.get(field), entry.scenario, named, jsonValue);
          if (!last.has(field)) expect(named(field).map(({ kind }) => kind)).toEqual(['missing']);
        }
        for (const key of last.keys()) {
          if (!isScenarioField(key))
            expect(named(key).map(({ kind }) => kind)).toEqual(['unknown']);
        }
        const damaged = read.messages.some(
          (message) => message.kind !== 'missing' && message.param.startsWith('entries[0].'),
        );
        expect(read.collection.unreadable.length).toBe(damaged ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text or JSON, and never drops what it cannot read (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 })
            .map((entries) =>
              JSON.stringify({ format: 'two-tier-support-saved-scenarios', version: 1, entries }),
            ),
        ),
        (raw) => {
          const read = readSavedScenarios(raw);
          for (const entry of read.collection.entries) expectValidScenario(entry.scenario);
          const anyProblem = read.messages.some((message) => message.kind !== 'missing');
          if (anyProblem) expect(read.collection.unreadable.length).toBeGreaterThan(0);
          expectNoPollution();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('readScenarioFile with hostile files', () => {
  it('keeps every valid field and names every bad one (property)', () => {
    fc.assert(
      fc.property(fc.array(documentParam, { maxLength: 14 }), (params) => {
        const text = `{"format":"two-tier-support-scenario","version":1,"scenario":${objectText(params)}}`;
        const read = readScenarioFile(text);
        expectNoPollution();
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expectValidScenario(read.scenario);
        const named = (field: string) => read.messages.filter((message) => message.param === field);
        const last = lastByKey(params);
        for (const field of scenarioFields) {
          expectFieldOutcome(field, last.get(field), read.scenario, named, jsonValue);
        }
        for (const key of last.keys()) {
          if (!isScenarioField(key))
            expect(named(key).map(({ kind }) => kind)).toContain('unknown');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text or JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
            .map((scenario) =>
              JSON.stringify({ format: 'two-tier-support-scenario', version: 1, scenario }),
            ),
        ),
        (text) => {
          const read = readScenarioFile(text);
          if (read.ok) expectValidScenario(read.scenario);
          else expect(read.messages).toHaveLength(1);
          expectNoPollution();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses a 100 KB string and reads a file with a 100 KB name, cut', () => {
    expect(readScenarioFile('x'.repeat(100_000)).ok).toBe(false);
    const file = JSON.stringify({
      format: 'two-tier-support-scenario',
      version: 1,
      name: 'n'.repeat(100_000),
      scenario: defaultScenario,
    });
    const read = readScenarioFile(file);
    expect(read.ok && read.name?.length).toBe(200);
    expect(read.messages.map(({ param }) => param)).toEqual(['name']);
  });
});
