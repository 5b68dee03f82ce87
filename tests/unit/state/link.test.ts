import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultScenario,
  findPreset,
  presets,
  scenarioFields,
  type Scenario,
} from '../../../src/model';
import type { Ranges } from '../../../src/model/uncertainty/ranges';
import { MAX_NAME_LENGTH } from '../../../src/state/boundary';
import {
  MAX_SEED,
  parseSharedLink,
  readFieldText,
  readNumberText,
  writeSharedLink,
} from '../../../src/state/link';
import {
  currentLinkVersion,
  linkMigrations,
  migrateLinkParams,
  type LinkMigration,
} from '../../../src/state/linkMigrations';
import linksV1 from './fixtures/links-v1.json';
import { presetIdArbitrary, scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const withChanges = (changes: Partial<Scenario>): Scenario => ({ ...defaultScenario, ...changes });
const klarnaHybrid = findPreset('klarna-hybrid')!.scenario;

describe(writeSharedLink, () => {
  it('writes only the version for the default scenario', () => {
    expect(writeSharedLink({ scenario: defaultScenario })).toBe('v=1');
  });

  it('writes the fields that differ from the default, in schema order, in model units', () => {
    const scenario = withChanges({
      churnIfFumbledLoaded: 0.32,
      loadedShare: 0.4,
      humansUseAiAssist: true,
    });
    // loadedShare comes before churnIfFumbledLoaded in the schema, the switch near the end.
    expect(writeSharedLink({ scenario })).toBe(
      'v=1&loadedShare=0.4&churnIfFumbledLoaded=0.32&humansUseAiAssist=true',
    );
  });

  it('compares with the preset when a known preset is given', () => {
    const scenario = { ...klarnaHybrid, routerRecall: 0.9 };
    expect(writeSharedLink({ scenario, presetId: 'klarna-hybrid' })).toBe(
      'v=1&preset=klarna-hybrid&routerRecall=0.9',
    );
  });

  it('leaves out an unknown preset and compares with the default instead', () => {
    expect(writeSharedLink({ scenario: withChanges({ loadedShare: 0.5 }), presetId: 'nope' })).toBe(
      'v=1&loadedShare=0.5',
    );
  });

  it('writes a range as low~likely~high around the scenario value, even at the default', () => {
    const ranges: Ranges = { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } };
    expect(writeSharedLink({ scenario: defaultScenario, ranges })).toBe(
      'v=1&churnIfFumbledLoaded=0.05~0.1~0.2',
    );
  });

  it('encodes the name and puts the seed last', () => {
    expect(writeSharedLink({ scenario: defaultScenario, name: 'Q3 plan & co+', seed: 7 })).toBe(
      'v=1&name=Q3%20plan%20%26%20co%2B&seed=7',
    );
  });

  it('writes numbers as their shortest round-trip text', () => {
    const scenario = withChanges({ wrongAnswerRate: 1e-30, lostClientValue: 0.1 + 0.2 });
    expect(writeSharedLink({ scenario })).toBe(
      'v=1&lostClientValue=0.30000000000000004&wrongAnswerRate=1e-30',
    );
  });
});

describe(parseSharedLink, () => {
  it('applies every valid parameter, with or without the leading ?', () => {
    for (const search of [
      '?v=1&loadedShare=0.4&currency=EUR',
      'v=1&loadedShare=0.4&currency=EUR',
    ]) {
      const parsed = parseSharedLink(search);
      expect(parsed.scenario).toEqual(withChanges({ loadedShare: 0.4, currency: 'EUR' }));
      expect(parsed.messages).toEqual([]);
    }
  });

  it('names a bad parameter, says what was wrong and what was used instead', () => {
    const parsed = parseSharedLink('?v=1&loadedShare=abc&routerRecall=0.8');
    expect(parsed.scenario).toEqual(withChanges({ routerRecall: 0.8 }));
    expect(parsed.messages).toEqual([
      {
        param: 'loadedShare',
        kind: 'invalid',
        text: 'loadedShare=abc is not a number; used the default, 33%.',
      },
    ]);
  });

  it.each([
    ['loadedShare=1.5', 'loadedShare=1.5 is above the maximum, 100%; used the default, 33%.'],
    ['loadedShare=-0.1', 'loadedShare=-0.1 is below the minimum, 0%; used the default, 33%.'],
    ['activeClients=0', 'activeClients=0 must be more than 0; used the default, 200.'],
    ['horizonMonths=2.5', 'horizonMonths=2.5 is not a whole number; used the default, 24 months.'],
    [
      'horizonMonths=121',
      'horizonMonths=121 is above the maximum, 120 months; used the default, 24 months.',
    ],
    [
      'loadedHandlingMultiplier=0.5',
      'loadedHandlingMultiplier=0.5 is below the minimum, 1; used the default, 1.5.',
    ],
    [
      'inquiriesPerMonth=100000001',
      'inquiriesPerMonth=100000001 is above the maximum, 100,000,000; used the default, 400.',
    ],
    ['currency=gbp', 'currency=gbp is not one of GBP, USD, EUR, CAD, AUD; used the default, GBP.'],
    ['humansUseAiAssist=1', 'humansUseAiAssist=1 is not true or false; used the default, off.'],
    [
      'lostClientValue=1e400',
      'lostClientValue=1e400 is too large to be a number here; used the default, 6,000.',
    ],
    ['lostClientValue=', 'lostClientValue= is empty; used the default, 6,000.'],
    ['aiCostPerInquiry=%D9%A1', 'aiCostPerInquiry=١ is not a number; used the default, 0.8.'],
    [
      'aiCostPerInquiry=Infinity',
      'aiCostPerInquiry=Infinity is not a number; used the default, 0.8.',
    ],
    ['aiCostPerInquiry=0x1', 'aiCostPerInquiry=0x1 is not a number; used the default, 0.8.'],
    ['aiCostPerInquiry=%201', 'aiCostPerInquiry= 1 is not a number; used the default, 0.8.'],
  ])('refuses %s with a message and keeps the default', (search, text) => {
    const parsed = parseSharedLink(search);
    expect(parsed.scenario).toEqual(defaultScenario);
    expect(parsed.messages.map((message) => message.text)).toEqual([text]);
    expect(parsed.messages[0]?.param).toBe(search.split('=')[0]);
  });

  it('reads -0 as 0 and a value below the smallest double as 0', () => {
    const parsed = parseSharedLink('aiPlatformPerMonth=-0&aiSetupCost=1e-400');
    expect(Object.is(parsed.scenario.aiPlatformPerMonth, 0)).toBe(true);
    expect(Object.is(parsed.scenario.aiSetupCost, 0)).toBe(true);
    expect(parsed.messages).toEqual([]);
  });

  it('uses the last of a repeated parameter and says so', () => {
    const parsed = parseSharedLink('loadedShare=0.2&loadedShare=abc&loadedShare=0.5');
    expect(parsed.scenario.loadedShare).toBe(0.5);
    expect(parsed.messages).toEqual([
      {
        param: 'loadedShare',
        kind: 'duplicate',
        text: 'loadedShare appears 3 times in the link; the last one (0.5) is used.',
      },
    ]);
  });

  it('falls back when the last of a repeated parameter is bad', () => {
    const parsed = parseSharedLink('loadedShare=0.2&loadedShare=2');
    expect(parsed.scenario.loadedShare).toBe(0.33);
    expect(parsed.messages.map((message) => message.kind)).toEqual(['duplicate', 'out-of-bounds']);
  });

  it('ignores unknown parameters with a message, and hints at a field in the wrong case', () => {
    const parsed = parseSharedLink('loadedshare=0.4&__proto__=1&utm_source=mail');
    expect(parsed.scenario).toEqual(defaultScenario);
    expect(parsed.messages).toEqual([
      {
        param: 'loadedshare',
        kind: 'unknown',
        text: 'loadedshare is not known to this calculator (did you mean loadedShare?); ignored.',
      },
      {
        param: '__proto__',
        kind: 'unknown',
        text: '__proto__ is not known to this calculator; ignored.',
      },
      {
        param: 'utm_source',
        kind: 'unknown',
        text: 'utm_source is not known to this calculator; ignored.',
      },
    ]);
    expect(Object.getPrototypeOf(parsed.scenario)).toBe(Object.prototype);
  });

  it('accepts parameters another part of the page declares', () => {
    expect(parseSharedLink('compare=s1', { otherParams: ['compare'] }).messages).toEqual([]);
  });

  it('reads values against the preset when preset= is given, wherever it stands', () => {
    const parsed = parseSharedLink('routerRecall=0.9&preset=klarna-hybrid&loadedShare=oops');
    expect(parsed.presetId).toBe('klarna-hybrid');
    expect(parsed.scenario).toEqual({ ...klarnaHybrid, routerRecall: 0.9 });
    expect(parsed.messages.map((message) => message.text)).toEqual([
      'loadedShare=oops is not a number; used the preset’s value, 33%.',
    ]);
  });

  it('reads an unknown preset against the default, with a message', () => {
    const parsed = parseSharedLink('preset=acme&loadedShare=0.4');
    expect(parsed.presetId).toBeUndefined();
    expect(parsed.scenario).toEqual(withChanges({ loadedShare: 0.4 }));
    expect(parsed.messages).toEqual([
      {
        param: 'preset',
        kind: 'invalid',
        text: 'preset=acme is not a preset of this calculator; the other values were read against the default scenario.',
      },
    ]);
  });

  it('reads a range with the likely value as the scenario value', () => {
    const parsed = parseSharedLink('churnIfFumbledLoaded=0.05~0.12~0.2');
    expect(parsed.scenario.churnIfFumbledLoaded).toBe(0.12);
    expect(parsed.ranges).toEqual({ churnIfFumbledLoaded: { low: 0.05, likely: 0.12, high: 0.2 } });
  });

  it.each([
    ['fumbleRateAiLoaded=0.3~0.2~0.5', 0.2, 'has its low above the likely value'],
    ['fumbleRateAiLoaded=0.1~0.2~0.15', 0.2, 'has its high below the likely value'],
    ['fumbleRateAiLoaded=0.1~0.2~1.5', 0.2, 'has a high that is above the maximum, 100%'],
    ['fumbleRateAiLoaded=x~0.2~0.5', 0.2, 'has a low that is not a number'],
    ['horizonMonths=12~24~36.5', 24, 'has a high that is not a whole number'],
  ])('keeps the likely value of %s and drops the range', (search, kept, problem) => {
    const parsed = parseSharedLink(search);
    const field = search.split('=')[0] as 'fumbleRateAiLoaded' | 'horizonMonths';
    expect(parsed.scenario[field]).toBe(kept);
    expect(parsed.ranges).toEqual({});
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.messages[0]?.param).toBe(field);
    expect(parsed.messages[0]?.text).toContain(problem);
    expect(parsed.messages[0]?.text).toContain('the range was dropped');
  });

  it('refuses a value with the wrong number of ~ parts', () => {
    const parsed = parseSharedLink('loadedShare=0.1~0.2');
    expect(parsed.scenario.loadedShare).toBe(0.33);
    expect(parsed.messages[0]?.text).toBe(
      'loadedShare=0.1~0.2 is neither a number nor a low~likely~high range; used the default, 33%.',
    );
  });

  it('reads the name as text, however hostile, and cuts it at 200 characters', () => {
    expect(parseSharedLink('name=%3Cscript%3Ealert(1)%3C%2Fscript%3E').name).toBe(
      '<script>alert(1)</script>',
    );
    const long = parseSharedLink(`name=${'n'.repeat(300)}`);
    expect(long.name).toBe('n'.repeat(MAX_NAME_LENGTH));
    expect(long.messages[0]).toMatchObject({ param: 'name', kind: 'ignored' });
  });

  it.each([
    ['seed=0', 0],
    ['seed=4294967295', MAX_SEED],
    ['seed=-1', undefined],
    ['seed=4294967296', undefined],
    ['seed=1.5', undefined],
    ['seed=abc', undefined],
  ])('reads %s as %s', (search, seed) => {
    const parsed = parseSharedLink(search);
    expect(parsed.seed).toBe(seed);
    expect(parsed.messages.map((message) => message.param)).toEqual(
      seed === undefined ? ['seed'] : [],
    );
  });

  it('reads a link with no v as v1, and a link from a newer version as the current one', () => {
    expect(parseSharedLink('loadedShare=0.4').messages).toEqual([]);
    const newer = parseSharedLink('v=2&loadedShare=0.4');
    expect(newer.scenario.loadedShare).toBe(0.4);
    expect(newer.messages.map((message) => message.param)).toEqual(['v']);
    expect(parseSharedLink('v=abc').messages[0]?.text).toBe(
      'v=abc is not a link version; the link was read as v1.',
    );
  });

  it('never throws on malformed escapes or control characters', () => {
    for (const search of [
      '%',
      '%E0%A4%A',
      '&&&',
      '=',
      '==1',
      '?&=&',
      'loadedShare=%00',
      '\u0000=\u0000',
    ]) {
      expect(() => parseSharedLink(search)).not.toThrow();
    }
  });
});

describe('link round trip', () => {
  it('gives back the scenario, ranges, preset, name and seed exactly (property)', () => {
    fc.assert(
      fc.property(
        scenarioWithRangesArbitrary,
        presetIdArbitrary,
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_NAME_LENGTH / 2 }), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 0, max: MAX_SEED }), { nil: undefined }),
        ({ scenario, ranges }, presetId, name, seed) => {
          const search = writeSharedLink({ scenario, ranges, presetId, name, seed });
          const parsed = parseSharedLink(`?${search}`);
          expect(parsed.messages).toEqual([]);
          expect(parsed.scenario).toEqual(scenario);
          expect(parsed.ranges).toEqual(ranges);
          expect(parsed.presetId).toBe(presetId);
          expect(parsed.name).toBe(name);
          expect(parsed.seed).toBe(seed);
          // and link -> scenario -> link is stable
          expect(writeSharedLink(parsed)).toBe(search);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes only what differs from the baseline', () => {
    fc.assert(
      fc.property(scenarioWithRangesArbitrary, presetIdArbitrary, ({ scenario }, presetId) => {
        const baseline = presetId ? findPreset(presetId)!.scenario : defaultScenario;
        const keys = writeSharedLink({ scenario, presetId })
          .split('&')
          .map((pair) => pair.split('=')[0]);
        const differing = scenarioFields.filter((field) => scenario[field] !== baseline[field]);
        expect(keys).toEqual(['v', ...(presetId ? ['preset'] : []), ...differing]);
      }),
      { numRuns: 200 },
    );
  });
});

const modelV2Defaults = {
  aiBilling: 'perInquiry',
  aiIncludedPerMonth: 0,
  aiRampMonths: 0,
} as const;

describe('links written with v1 (fixtures)', () => {
  it.each(linksV1)('opens $description unchanged', (fixture) => {
    const parsed = parseSharedLink(fixture.query);
    expect(parsed.messages).toEqual([]);
    // Version 2 of the model added three fields whose defaults give version 1's figures.
    expect(parsed.scenario).toEqual({ ...modelV2Defaults, ...fixture.scenario });
    expect(parsed.ranges).toEqual(fixture.ranges);
    expect(parsed.presetId).toBe((fixture as { presetId?: string }).presetId);
    expect(parsed.name).toBe((fixture as { name?: string }).name);
    expect(parsed.seed).toBe((fixture as { seed?: number }).seed);
  });
});

describe(migrateLinkParams, () => {
  it('has no migrations while v1 is the only link version', () => {
    expect(currentLinkVersion).toBe(1);
    expect(linkMigrations).toEqual([]);
  });

  it('brings a sample old link up to date by running each migration in turn', () => {
    // A fictional history, for the mechanism only: before v2 the loaded share was
    // a percentage under `loadedPercent`; before v3 the recall was `recall`.
    const toV2: LinkMigration = (params) =>
      params.map(([key, value]) =>
        key === 'loadedPercent' ? ['loadedShare', String(Number(value) / 100)] : [key, value],
      );
    const toV3: LinkMigration = (params) =>
      params.map(([key, value]) => [key === 'recall' ? 'routerRecall' : key, value]);
    const old = [
      ['v', '1'],
      ['loadedPercent', '40'],
      ['recall', '0.8'],
    ] as const;
    expect(migrateLinkParams(old, [toV2, toV3])).toEqual([
      ['v', '1'],
      ['loadedShare', '0.4'],
      ['routerRecall', '0.8'],
    ]);
    expect(old[1]).toEqual(['loadedPercent', '40']);
  });
});

describe('the link format document', () => {
  const doc = readFileSync(new URL('../../../docs/link-format.md', import.meta.url), 'utf8');

  it('lists every preset id', () => {
    for (const preset of presets) expect(doc).toContain(`\`${preset.id}\``);
  });
});

describe(readNumberText, () => {
  it.each([
    ['0.33', 0.33],
    ['12', 12],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-7', 1e-7],
    ['1E3', 1000],
    ['2.5e+2', 250],
    ['+2', 2],
    ['-1', -1],
    ['5e-324', 5e-324],
    ['1.7976931348623157e308', Number.MAX_VALUE],
  ])('reads %s as %s', (text, value) => {
    expect(readNumberText(text)).toEqual({ ok: true, value });
  });

  it('reads -0, and anything rounding to it, as 0', () => {
    for (const text of ['-0', '-0.0', '-1e-400']) {
      const reading = readNumberText(text);
      expect(reading.ok && Object.is(reading.value, 0)).toBe(true);
    }
  });

  it.each([
    [' 1'],
    ['1 '],
    ['\t1'],
    ['1\n'],
    ['0x10'],
    ['0b1'],
    ['1_000'],
    ['1,5'],
    ['1e'],
    ['e5'],
    ['--1'],
    ['1..2'],
    ['Infinity'],
    ['NaN'],
    ['٣'], // Arabic-Indic three
    ['３'], // full-width three
    ['१'], // Devanagari one
    [`0.${'1'.repeat(100)}`], // longer than MAX_NUMBER_TEXT
  ])('refuses %j as not a number', (text) => {
    expect(readNumberText(text)).toEqual({
      ok: false,
      kind: 'invalid',
      problem: 'is not a number',
    });
  });

  it('calls empty text empty and overflow too large', () => {
    expect(readNumberText('')).toEqual({ ok: false, kind: 'invalid', problem: 'is empty' });
    expect(readNumberText('1e309')).toEqual({
      ok: false,
      kind: 'out-of-bounds',
      problem: 'is too large to be a number here',
    });
  });
});

describe(readFieldText, () => {
  it('reads switches as exactly true or false', () => {
    expect(readFieldText('humansUseAiAssist', 'true')).toEqual({ ok: true, value: true });
    expect(readFieldText('humansUseAiAssist', 'false')).toEqual({ ok: true, value: false });
    for (const text of ['True', '1', 'yes', '']) {
      expect(readFieldText('humansUseAiAssist', text)).toMatchObject({
        ok: false,
        kind: 'invalid',
      });
    }
  });

  it('reads the currency as its exact ISO code', () => {
    expect(readFieldText('currency', 'USD')).toEqual({ ok: true, value: 'USD' });
    expect(readFieldText('currency', 'usd')).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('accepts a whole number written with a decimal point or an exponent', () => {
    expect(readFieldText('horizonMonths', '24.0')).toEqual({ ok: true, value: 24 });
    expect(readFieldText('horizonMonths', '2.4e1')).toEqual({ ok: true, value: 24 });
  });

  it('takes its bounds from the schema: the inclusive ends are allowed', () => {
    expect(readFieldText('loadedShare', '0')).toEqual({ ok: true, value: 0 });
    expect(readFieldText('loadedShare', '1')).toEqual({ ok: true, value: 1 });
    expect(readFieldText('loadedHandlingMultiplier', '10')).toEqual({ ok: true, value: 10 });
    expect(readFieldText('inquiriesPerMonth', '100000000')).toEqual({ ok: true, value: 1e8 });
    expect(readFieldText('fteHoursPerMonth', '0')).toMatchObject({
      ok: false,
      kind: 'out-of-bounds',
    });
  });
});

describe('the worksheet marker', () => {
  it('names the fields a hand-over from the sorting worksheet set, without a message', () => {
    const parsed = parseSharedLink(
      '?inquiriesPerMonth=1200&loadedShare=0.24~0.32~0.41&routerRecall=0.8&from=segment:loadedShare',
    );
    expect(parsed.messages).toEqual([]);
    expect(parsed.fromWorksheet).toEqual(['loadedShare']);
  });

  it('takes every worksheet field in the link for a bare from=segment, but none that was refused', () => {
    const parsed = parseSharedLink('?loadedShare=0.3&routerRecall=abc&from=segment');
    expect(parsed.fromWorksheet).toEqual(['loadedShare']);
    expect(parsed.messages.map(({ param }) => param)).toEqual(['routerRecall']);
  });

  it('ignores any other from, quietly', () => {
    const parsed = parseSharedLink('?loadedShare=0.3&from=newsletter');
    expect(parsed.fromWorksheet).toBeUndefined();
    expect(parsed.messages).toEqual([]);
  });
});
