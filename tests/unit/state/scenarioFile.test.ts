import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario, evaluate, findPreset, type Scenario } from '../../../src/model';
import {
  MAX_FILE_CHARS,
  readScenarioFile,
  scenarioFileName,
  writeScenarioFile,
} from '../../../src/state/scenarioFile';
import { presetIdArbitrary, scenarioWithRangesArbitrary } from './fixtures/arbitraries';

const EXPORTED_AT = '2026-01-05T10:00:00.000Z';
const withChanges = (changes: Partial<Scenario>): Scenario => ({ ...defaultScenario, ...changes });
const RESULTS_IGNORED = {
  param: 'results',
  kind: 'ignored',
  text: 'The results stored in the file were ignored; they are recomputed from its inputs.',
};

function fileWith(changes: Record<string, unknown>): string {
  const file = JSON.parse(
    writeScenarioFile({
      scenario: defaultScenario,
      exportedAt: EXPORTED_AT,
      modelVersion: '1.0.0',
    }),
  );
  return JSON.stringify({ ...file, ...changes });
}

describe(writeScenarioFile, () => {
  it('writes the versioned document with the scenario’s results', () => {
    const scenario = withChanges({ loadedShare: 0.4 });
    const ranges = { loadedShare: { low: 0.3, likely: 0.4, high: 0.5 } };
    const file = JSON.parse(
      writeScenarioFile({
        scenario,
        ranges,
        name: 'Q3 plan',
        presetId: 'uk-services-40',
        exportedAt: EXPORTED_AT,
        modelVersion: '1.0.0',
      }),
    );
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'modelVersion',
      'exportedAt',
      'name',
      'presetId',
      'scenario',
      'ranges',
      'results',
    ]);
    expect(file).toMatchObject({
      format: 'two-tier-support-scenario',
      version: 1,
      modelVersion: '1.0.0',
      exportedAt: EXPORTED_AT,
      name: 'Q3 plan',
      scenario,
      ranges,
    });
    expect(file.results).toEqual(evaluate(scenario));
  });

  it('records the default scenario’s figures as the model gives them', () => {
    const file = JSON.parse(fileWith({}));
    // All-human, by hand: 400 inquiries, 132 loaded, 268 routine; work units
    // 268 + 132 x 1.5 = 466 at 12 each = 5,592 a month.
    expect(file.results.deployments.allHuman.operatingCost).toBeCloseTo(5592, 9);
    expect(file.results.recommended).toBe('twoTier');
  });

  it('leaves out empty ranges, an empty name and an unknown preset', () => {
    const file = JSON.parse(
      writeScenarioFile({
        scenario: defaultScenario,
        ranges: {},
        name: '',
        presetId: 'gone',
        exportedAt: EXPORTED_AT,
        modelVersion: '1',
      }),
    );
    expect(file).not.toHaveProperty('ranges');
    expect(file).not.toHaveProperty('name');
    expect(file).not.toHaveProperty('presetId');
  });
});

describe(scenarioFileName, () => {
  it.each([
    ['Q3 plan', 'two-tier-q3-plan-2026-01-05.json'],
    [undefined, 'two-tier-scenario-2026-01-05.json'],
    ['<script>/../../etc', 'two-tier-script-etc-2026-01-05.json'],
    ['Überprüfung', 'two-tier-berpr-fung-2026-01-05.json'],
    ['***', 'two-tier-scenario-2026-01-05.json'],
  ])('names %s as %s', (name, fileName) => {
    expect(scenarioFileName(name, EXPORTED_AT)).toBe(fileName);
  });
});

describe(readScenarioFile, () => {
  it('reads back what was exported, saying the results were recomputed (property)', () => {
    fc.assert(
      fc.property(
        scenarioWithRangesArbitrary,
        presetIdArbitrary,
        fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: undefined }),
        ({ scenario, ranges }, presetId, name) => {
          const text = writeScenarioFile({
            scenario,
            ranges,
            name,
            presetId,
            exportedAt: EXPORTED_AT,
            modelVersion: '1',
          });
          const read = readScenarioFile(text);
          expect(read).toEqual({
            ok: true,
            scenario,
            ranges,
            ...(name !== undefined && { name }),
            ...(presetId !== undefined && { presetId }),
            messages: [RESULTS_IGNORED],
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ignores results that do not match the inputs, and says so', () => {
    const text = fileWith({ results: { recommended: 'singleTierAi', deployments: 'tampered' } });
    const read = readScenarioFile(text);
    expect(read).toEqual({
      ok: true,
      scenario: defaultScenario,
      ranges: {},
      messages: [RESULTS_IGNORED],
    });
  });

  it('keeps every valid field and names each bad one, as links do', () => {
    const text = fileWith({
      scenario: { ...defaultScenario, loadedShare: 0.4, routerRecall: 'high', horizonMonths: 0 },
      results: undefined,
    });
    const read = readScenarioFile(text);
    expect(read.ok && read.scenario).toEqual(withChanges({ loadedShare: 0.4 }));
    expect(read.messages).toEqual([
      {
        param: 'routerRecall',
        kind: 'invalid',
        text: 'routerRecall=high is not a number; used the default, 90%.',
      },
      {
        param: 'horizonMonths',
        kind: 'out-of-bounds',
        text: 'horizonMonths=0 is below the minimum, 1 month; used the default, 24 months.',
      },
    ]);
  });

  it('falls back to the preset’s values when the file names a preset', () => {
    const klarna = findPreset('klarna-2024-single-tier')!;
    const text = fileWith({
      presetId: klarna.id,
      scenario: { ...klarna.scenario, lostClientValue: -5 },
      results: undefined,
    });
    const read = readScenarioFile(text);
    expect(read.ok && read.scenario).toEqual(klarna.scenario);
    expect(read.ok && read.presetId).toBe(klarna.id);
  });

  it('names missing fields, unknown keys, a bad name and another version', () => {
    const { fteHoursPerMonth: _missing, ...scenario } = defaultScenario;
    const text = fileWith({ version: 3, scenario, name: 7, extra: true, results: undefined });
    const read = readScenarioFile(text);
    expect(read.ok).toBe(true);
    expect(read.messages.map(({ param, kind }) => [param, kind])).toEqual([
      ['version', 'invalid'],
      ['fteHoursPerMonth', 'missing'],
      ['name', 'invalid'],
      ['extra', 'unknown'],
    ]);
  });

  it.each([
    ['text that is not JSON', 'hello', /not valid JSON/],
    ['another JSON document', '{"format":"something-else","scenario":{}}', /not a scenario file/],
    [
      'a saved-scenarios document',
      '{"format":"two-tier-support-saved-scenarios","entries":[]}',
      /not a scenario file/,
    ],
    [
      'a file without a scenario',
      '{"format":"two-tier-support-scenario","version":1}',
      /no scenario/,
    ],
    ['a list', '[]', /not a scenario file/],
    ['a file too large', ' '.repeat(MAX_FILE_CHARS + 1), /too large/],
  ])('refuses %s and changes nothing', (_what, text, reason) => {
    const read = readScenarioFile(text);
    expect(read.ok).toBe(false);
    expect(read.messages).toHaveLength(1);
    expect(read.messages[0]?.text).toMatch(reason);
    expect(read.messages[0]?.text).toMatch(/Nothing was changed\.$/);
  });
});
