import { describe, expect, it } from 'vitest';
import { defaultScenario, findPreset, scenarioFields } from '../../../src/model';
import {
  baselineOf,
  cutText,
  numericFields,
  quote,
  rangeProblem,
  readFieldValue,
  readRangesObject,
  readScenarioObject,
} from '../../../src/state/boundary';

describe(readFieldValue, () => {
  it('wants JSON numbers and booleans, not text', () => {
    expect(readFieldValue('loadedShare', 0.4)).toEqual({ ok: true, value: 0.4 });
    expect(readFieldValue('loadedShare', '0.4')).toMatchObject({
      ok: false,
      problem: 'is not a number',
    });
    expect(readFieldValue('humansUseAiAssist', 'true')).toMatchObject({
      ok: false,
      problem: 'is not true or false',
    });
    expect(readFieldValue('loadedShare', null)).toMatchObject({
      ok: false,
      problem: 'is not a number',
    });
    expect(readFieldValue('loadedShare', Number.NaN)).toMatchObject({
      ok: false,
      problem: 'is not a number',
    });
  });

  it('refuses Infinity and fractional months as the link reader does', () => {
    expect(readFieldValue('aiSetupCost', Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
    expect(readFieldValue('churnLagMonths', 2.5)).toEqual({
      ok: false,
      kind: 'out-of-bounds',
      problem: 'is not a whole number',
    });
  });

  it('reads -0 as 0', () => {
    const reading = readFieldValue('aiSetupCost', -0);
    expect(reading.ok && Object.is(reading.value, 0)).toBe(true);
  });
});

describe(quote, () => {
  it('replaces control and direction-override characters', () => {
    expect(quote('a\u0000b\u202ec\n')).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });

  it('cuts long text to 40 characters and gives its length', () => {
    expect(quote('x'.repeat(100_000))).toBe(`${'x'.repeat(40)}… (100,000 characters)`);
  });
});

describe(cutText, () => {
  it('never leaves half of a surrogate pair', () => {
    // '😀' is two UTF-16 units: cutting 'ab😀' at 3 would split it.
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('ab😀', 4)).toBe('ab😀');
  });
});

describe(baselineOf, () => {
  it('is the preset’s scenario for a known preset, else the default', () => {
    expect(baselineOf('klarna-hybrid')).toEqual({
      base: findPreset('klarna-hybrid')!.scenario,
      source: 'the preset’s value',
    });
    expect(baselineOf('nope')).toEqual({ base: defaultScenario, source: 'the default' });
    expect(baselineOf(undefined)).toEqual({ base: defaultScenario, source: 'the default' });
  });
});

describe(readScenarioObject, () => {
  const baseline = baselineOf(undefined);

  it('keeps every valid field and falls back, with a message, for each bad one', () => {
    const read = readScenarioObject(
      { ...defaultScenario, loadedShare: 0.4, routerRecall: 'high', horizonMonths: 500 },
      baseline,
    );
    expect(read.scenario).toEqual({ ...defaultScenario, loadedShare: 0.4 });
    expect(read.messages).toEqual([
      {
        param: 'routerRecall',
        kind: 'invalid',
        text: 'routerRecall=high is not a number; used the default, 90%.',
      },
      {
        param: 'horizonMonths',
        kind: 'out-of-bounds',
        text: 'horizonMonths=500 is above the maximum, 120 months; used the default, 24 months.',
      },
    ]);
  });

  it('names missing and unknown keys, and reads JSON __proto__ as a plain unknown key', () => {
    const { currency: _dropped, ...rest } = defaultScenario;
    const value = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(rest).slice(1)}`);
    const read = readScenarioObject(value, baseline);
    expect(read.scenario).toEqual(defaultScenario);
    expect(read.messages.map(({ param, kind }) => [param, kind])).toEqual([
      ['currency', 'missing'],
      ['__proto__', 'unknown'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read.scenario)).toBe(Object.prototype);
  });

  it('uses the baseline for every field when the value is not an object', () => {
    for (const value of [null, 3, 'text', [1, 2]]) {
      const read = readScenarioObject(value, baseline);
      expect(read.scenario).toEqual(defaultScenario);
      expect(read.messages).toEqual([
        {
          param: 'scenario',
          kind: 'invalid',
          text: 'The scenario is not an object of fields; used the default for every field.',
        },
      ]);
    }
  });

  it('does not change its input', () => {
    const input = { ...defaultScenario, loadedShare: 'x' };
    const copy = structuredClone(input);
    readScenarioObject(input, baseline);
    expect(input).toEqual(copy);
  });
});

describe(rangeProblem, () => {
  it.each([
    [0.05, 0.1, 0.2, null],
    [0.1, 0.1, 0.1, null],
    [0.2, 0.1, 0.3, 'has its low above the likely value'],
    [0.05, 0.1, 0.08, 'has its high below the likely value'],
    [-0.1, 0.1, 0.2, 'has a low that is below the minimum, 0%'],
    [0.05, 0.1, 1.2, 'has a high that is above the maximum, 100%'],
  ])('range %s ~ %s ~ %s: %s', (low, likely, high, problem) => {
    expect(rangeProblem('churnIfFumbledLoaded', low, likely, high)).toBe(problem);
  });
});

describe(readRangesObject, () => {
  it('keeps valid ranges with the scenario’s value as likely, and drops bad ones with a message', () => {
    const read = readRangesObject(
      {
        loadedShare: { low: 0.2, likely: 0.99, high: 0.5 },
        routerRecall: { low: 0.95, high: 1 },
        currency: { low: 1, high: 2 },
        nonsense: { low: 1, high: 2 },
        fumbleRateAiLoaded: [0.1, 0.3],
      },
      defaultScenario,
    );
    expect(read.ranges).toEqual({ loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } });
    expect(read.messages.map(({ param }) => param)).toEqual([
      'ranges.routerRecall',
      'ranges.currency',
      'ranges.nonsense',
      'ranges.fumbleRateAiLoaded',
    ]);
    expect(read.messages[0]?.text).toBe(
      'ranges.routerRecall={"low":0.95,"high":1} has its low above the likely value; the range was dropped and 90% kept as a single value.',
    );
  });

  it('reads absent ranges as none, and a non-object as none with a message', () => {
    expect(readRangesObject(undefined, defaultScenario)).toEqual({ ranges: {}, messages: [] });
    expect(readRangesObject('wide', defaultScenario).messages.map(({ param }) => param)).toEqual([
      'ranges',
    ]);
  });
});

describe('numericFields', () => {
  it('is every field but the currency, the billing and the switch, in schema order', () => {
    expect(numericFields).toEqual(
      scenarioFields.filter(
        (field) => field !== 'currency' && field !== 'humansUseAiAssist' && field !== 'aiBilling',
      ),
    );
  });
});
