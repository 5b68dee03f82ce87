/**
 * How the AI is billed, its allowance and its ramp at the boundaries: they
 * travel by their model names only when they differ from the baseline, old
 * links, files and saved data (written before they existed) open with the
 * same figures, and bad values are refused with a message naming the field,
 * never clamped.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, findPreset, type Scenario } from '../../../src/model';
import { changedInputs } from '../../../src/display/printSummary';
import { Calculator } from '../../../src/state/calculator.svelte';
import { parseSharedLink, writeSharedLink } from '../../../src/state/link';
import {
  readSavedScenarios,
  saveScenario,
  emptySavedScenarios,
  writeSavedScenarios,
} from '../../../src/state/savedScenarios';
import { readScenarioFile, writeScenarioFile } from '../../../src/state/scenarioFile';

const billed: Scenario = {
  ...defaultScenario,
  aiBilling: 'perResolution',
  aiIncludedPerMonth: 100,
  aiRampMonths: 6,
};
const newFields = ['aiBilling', 'aiIncludedPerMonth', 'aiRampMonths'] as const;
/** A scenario as written before the three fields existed. */
function withoutNewFields(scenario: Scenario): Record<string, unknown> {
  const old: Record<string, unknown> = { ...scenario };
  for (const field of newFields) delete old[field];
  return old;
}

describe('the billing fields in a shared link', () => {
  it('are written by their model names only when they differ from the baseline', () => {
    expect(writeSharedLink({ scenario: defaultScenario })).toBe('v=1');
    expect(writeSharedLink({ scenario: billed })).toBe(
      'v=1&aiBilling=perResolution&aiIncludedPerMonth=100&aiRampMonths=6',
    );
  });

  it('are read back exactly', () => {
    const read = parseSharedLink(writeSharedLink({ scenario: billed }));
    expect(read.scenario).toEqual(billed);
    expect(read.messages).toEqual([]);
  });

  it('open an old link, which has none of them, with the same figures as before', () => {
    const read = parseSharedLink('?v=1&loadedShare=0.4');
    expect(read.scenario).toEqual({ ...defaultScenario, loadedShare: 0.4 });
    expect(evaluate(read.scenario)).toEqual(evaluate({ ...defaultScenario, loadedShare: 0.4 }));
  });

  it('refuse a billing that is not one of the two words, naming the field and the words', () => {
    const read = parseSharedLink('?v=1&aiBilling=sometimes');
    expect(read.scenario.aiBilling).toBe('perInquiry');
    expect(read.messages).toHaveLength(1);
    expect(read.messages[0].param).toBe('aiBilling');
    expect(read.messages[0].text).toMatch(/aiBilling/);
    expect(read.messages[0].text).toMatch(/perInquiry/);
    expect(read.messages[0].text).toMatch(/perResolution/);
  });

  it.each([
    ['aiIncludedPerMonth', '-1'],
    ['aiRampMonths', '25'],
    ['aiRampMonths', '2.5'],
  ] as const)('refuse %s=%s, keeping the default rather than clamping', (field, text) => {
    const read = parseSharedLink(`?v=1&${field}=${text}`);
    expect(read.scenario[field]).toBe(defaultScenario[field]);
    expect(read.messages.map((m) => [m.param, m.kind])).toEqual([[field, 'out-of-bounds']]);
  });
});

describe('the billing fields in files and saved scenarios', () => {
  it('travel in a scenario file and come back exactly', () => {
    const text = writeScenarioFile({
      scenario: billed,
      exportedAt: '2026-12-03T09:00:00.000Z',
      modelVersion: '2.0.0',
    });
    const read = readScenarioFile(text);
    expect(read.ok && read.scenario).toEqual(billed);
  });

  it('open a file written before they existed with the same figures', () => {
    const klarna = findPreset('klarna-hybrid')!.scenario;
    const text = JSON.stringify({
      format: 'two-tier-support-scenario',
      version: 1,
      scenario: withoutNewFields(klarna),
    });
    const read = readScenarioFile(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(evaluate(read.scenario)).toEqual(evaluate(klarna));
  });

  it('travel in saved scenarios and come back exactly', () => {
    const { collection } = saveScenario(emptySavedScenarios, 'Per resolution', {
      scenario: billed,
      savedAt: '2026-12-03T09:00:00.000Z',
    });
    const read = readSavedScenarios(writeSavedScenarios(collection));
    expect(read.collection.entries[0].scenario).toEqual(billed);
  });

  it('open a save written before they existed with the same figures', () => {
    const { collection } = saveScenario(emptySavedScenarios, 'Old', {
      scenario: defaultScenario,
      savedAt: '2025-06-01T09:00:00.000Z',
    });
    const stored = JSON.parse(writeSavedScenarios(collection));
    stored.entries[0].scenario = withoutNewFields(defaultScenario);
    const read = readSavedScenarios(JSON.stringify(stored));
    expect(read.collection.entries[0].scenario).toEqual(defaultScenario);
  });
});

describe('the billing fields in the print summary', () => {
  it('list each that differs, by its label, and none at their defaults', () => {
    expect(changedInputs(defaultScenario)).toEqual([]);
    expect(changedInputs(billed).map((input) => input.field)).toEqual([...newFields]);
    expect(changedInputs(billed)[0]).toMatchObject({
      label: 'How the AI is billed',
      value: 'Per inquiry it resolves',
    });
  });
});

describe('the billing choice on the form', () => {
  it('takes either word and recomputes', () => {
    const calc = new Calculator();
    calc.setField('aiBilling', 'perResolution');
    expect(calc.scenario.aiBilling).toBe('perResolution');
    expect(calc.errors).toEqual({});
    expect(calc.evaluation).toEqual(evaluate({ ...defaultScenario, aiBilling: 'perResolution' }));
  });

  it('refuses any other word with a message listing the two, keeping the last valid one', () => {
    const calc = new Calculator();
    calc.setField('aiBilling', 'sometimes');
    expect(calc.errors.aiBilling).toBe(
      'How the AI is billed must be one of perInquiry, perResolution',
    );
    expect(calc.scenario.aiBilling).toBe('perInquiry');
  });
});
