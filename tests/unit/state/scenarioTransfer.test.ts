import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, findPreset } from '../../../src/model';
import { modelVersion } from '../../../src/model/version';
import { Calculator } from '../../../src/state/calculator.svelte';
import { MAX_FILE_CHARS } from '../../../src/state/scenarioFile';
import { deploymentCsvFields } from '../../../src/state/resultsCsv';
import {
  importScenarioFile,
  openScenarioFile,
  resultsExportOf,
  scenarioExportOf,
} from '../../../src/state/scenarioTransfer';

const AT = '2026-01-05T10:00:00.000Z';
const klarnaHybrid = findPreset('klarna-hybrid')!.scenario;

function namedKlarna(): Calculator {
  const calc = new Calculator();
  calc.loadScenario({ ...klarnaHybrid, loadedShare: 0.4 }, 'klarna-hybrid', {
    name: 'Q3 plan',
    ranges: { churnIfFumbledLoaded: { low: 0.2, likely: 0.32, high: 0.5 } },
  });
  return calc;
}

describe(scenarioExportOf, () => {
  it('writes the scenario, its preset, name, ranges, results and the model version', () => {
    const calc = namedKlarna();
    const { text, fileName } = scenarioExportOf(calc, AT);
    expect(fileName).toBe('two-tier-q3-plan-2026-01-05.json');
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'two-tier-support-scenario',
      version: 1,
      modelVersion,
      exportedAt: AT,
      name: 'Q3 plan',
      presetId: 'klarna-hybrid',
      scenario: calc.scenario,
      ranges: calc.ranges,
    });
    expect(file.results.verdict).toBe(evaluate(calc.scenario).verdict);
  });

  it('leaves out an empty name and no preset', () => {
    const calc = new Calculator();
    calc.loadScenario(defaultScenario, null);
    const file = JSON.parse(scenarioExportOf(calc, AT).text);
    expect(file).not.toHaveProperty('name');
    expect(file).not.toHaveProperty('presetId');
    expect(scenarioExportOf(calc, AT).fileName).toBe('two-tier-scenario-2026-01-05.json');
  });
});

describe(resultsExportOf, () => {
  it('names the CSV after the scenario file and ends it with the currency', () => {
    const { text, fileName } = resultsExportOf(namedKlarna(), AT);
    expect(fileName).toBe('two-tier-q3-plan-2026-01-05-results.csv');
    expect(text.split('\r\n').at(-1)).toBe('currency' + ','.repeat(deploymentCsvFields.length + 1) + 'USD');
  });
});

describe(openScenarioFile, () => {
  it('opens an exported file to the same state, saying only that results were recomputed', () => {
    const exported = namedKlarna();
    const calc = new Calculator();
    const outcome = openScenarioFile(calc, scenarioExportOf(exported, AT).text);
    expect(outcome).toEqual({ opened: true, messages: [], recomputed: true });
    expect(calc.scenario).toEqual(exported.scenario);
    expect(calc.ranges).toEqual(exported.ranges);
    expect(calc.presetId).toBe('klarna-hybrid');
    expect(calc.name).toBe('Q3 plan');
  });

  it('keeps the valid fields of a file and names the bad one', () => {
    const calc = new Calculator();
    const text = JSON.stringify({
      format: 'two-tier-support-scenario',
      version: 1,
      scenario: { ...defaultScenario, loadedShare: 'lots', inquiriesPerMonth: 999 },
    });
    const outcome = openScenarioFile(calc, text);
    expect(outcome.opened).toBe(true);
    expect(outcome.recomputed).toBe(false);
    expect(outcome.messages.map((message) => message.param)).toEqual(['loadedShare']);
    expect(calc.scenario).toEqual({ ...defaultScenario, inquiriesPerMonth: 999 });
  });

  it.each([
    ['not JSON', '{"format": '],
    ['another format', '{"format": "something-else", "scenario": {}}'],
    ['no scenario', '{"format": "two-tier-support-scenario", "version": 1}'],
  ])('changes nothing for a file that is %s', (_what, text) => {
    const calc = new Calculator();
    calc.setField('loadedShare', '41');
    const before = calc.scenario;
    const outcome = openScenarioFile(calc, text);
    expect(outcome.opened).toBe(false);
    expect(outcome.messages).toHaveLength(1);
    expect(outcome.messages[0]!.text).toMatch(/Nothing was changed\.$/);
    expect(calc.scenario).toBe(before);
  });
});

describe(importScenarioFile, () => {
  it('refuses a file too large to be a scenario without reading it', async () => {
    const calc = new Calculator();
    const huge = new Blob([new Uint8Array(4 * MAX_FILE_CHARS + 1)]);
    const outcome = await importScenarioFile(calc, huge);
    expect(outcome.opened).toBe(false);
    expect(outcome.messages[0]!.text).toBe(
      'The file is too large to be a scenario file. Nothing was changed.',
    );
  });

  it('refuses a file the browser cannot read', async () => {
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) } as Blob;
    const outcome = await importScenarioFile(new Calculator(), unreadable);
    expect(outcome.messages[0]!.text).toBe(
      'The browser could not read the file. Nothing was changed.',
    );
  });

  it('opens a file’s text', async () => {
    const calc = new Calculator();
    const file = new Blob([scenarioExportOf(namedKlarna(), AT).text]);
    expect((await importScenarioFile(calc, file)).opened).toBe(true);
    expect(calc.name).toBe('Q3 plan');
  });
});
