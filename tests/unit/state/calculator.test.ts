import { describe, expect, it } from 'vitest';
import { defaultScenario, evaluate, findPreset } from '../../../src/model';
import { Calculator, DEFAULT_PRESET_ID } from '../../../src/state/calculator.svelte';

describe(Calculator, () => {
  it('opens on the UK services firm, shown exactly, with no messages', () => {
    const calc = new Calculator();
    expect(calc.scenario).toEqual(defaultScenario);
    expect(calc.presetId).toBe(DEFAULT_PRESET_ID);
    expect(calc.presetEdited).toBe(false);
    expect(calc.drafts.loadedShare).toBe('33');
    expect(calc.errors).toEqual({});
    expect(calc.isValid).toBe(true);
    expect(calc.evaluation.verdict).toBe('twoTier');
  });

  it('recomputes at once when a typed value is valid', () => {
    const calc = new Calculator();
    calc.setField('loadedShare', '60');
    expect(calc.scenario.loadedShare).toBe(0.6);
    expect(calc.evaluation.verdict).toBe('hold-mix-dominated');
    expect(calc.presetEdited).toBe(true);
  });

  it('keeps what was typed and the last valid results when a value is invalid', () => {
    const calc = new Calculator();
    calc.setField('loadedShare', '120');
    expect(calc.drafts.loadedShare).toBe('120');
    expect(calc.errors.loadedShare).toBe('Loaded share must be between 0% and 100%');
    expect(calc.isValid).toBe(false);
    expect(calc.scenario).toEqual(defaultScenario);
    expect(calc.evaluation).toEqual(evaluate(defaultScenario));
  });

  it('keeps updating from the other fields while one is invalid, and clears the message once fixed', () => {
    const calc = new Calculator();
    calc.setField('loadedShare', 'abc');
    calc.setField('inquiriesPerMonth', '800');
    expect(calc.scenario).toEqual({ ...defaultScenario, inquiriesPerMonth: 800 });
    expect(Object.keys(calc.errors)).toEqual(['loadedShare']);
    calc.setField('loadedShare', '20');
    expect(calc.errors).toEqual({});
    expect(calc.scenario).toEqual({ ...defaultScenario, inquiriesPerMonth: 800, loadedShare: 0.2 });
  });

  it('takes the currency and the assistant switch', () => {
    const calc = new Calculator();
    calc.setField('currency', 'AUD');
    calc.setField('humansUseAiAssist', true);
    expect(calc.currency).toBe('AUD');
    expect(calc.scenario.humansUseAiAssist).toBe(true);
    expect(calc.drafts.humansUseAiAssist).toBe(true);
    calc.setField('currency', 'XYZ');
    expect(calc.errors.currency).toBe('Currency must be one of GBP, USD, EUR, CAD, AUD');
    expect(calc.currency).toBe('AUD');
  });

  it('applies a preset, replacing drafts and messages', () => {
    const calc = new Calculator();
    calc.setField('loadedShare', 'oops');
    expect(calc.applyPreset('klarna-hybrid')).toBe(true);
    expect(calc.scenario).toEqual(findPreset('klarna-hybrid')?.scenario);
    expect(calc.presetId).toBe('klarna-hybrid');
    expect(calc.drafts.inquiriesPerMonth).toBe('2300000');
    expect(calc.drafts.routerRecall).toBe('95');
    expect(calc.errors).toEqual({});
  });

  it('ignores an unknown preset', () => {
    const calc = new Calculator();
    expect(calc.applyPreset('no-such-firm')).toBe(false);
    expect(calc.presetId).toBe(DEFAULT_PRESET_ID);
    expect(calc.scenario).toEqual(defaultScenario);
  });

  it('loads a scenario from elsewhere without a preset', () => {
    const calc = new Calculator();
    const scenario = { ...defaultScenario, activeClients: 75, currency: 'CAD' as const };
    calc.loadScenario(scenario);
    expect(calc.scenario).toBe(scenario);
    expect(calc.presetId).toBeNull();
    expect(calc.presetEdited).toBe(false);
    expect(calc.drafts.activeClients).toBe('75');
    expect(calc.evaluation).toEqual(evaluate(scenario));
  });
});

describe('Calculator ranges', () => {
  it('keeps a range’s likely value on the typed value, widening the range to hold it', () => {
    const calc = new Calculator();
    calc.setRange('churnIfFumbledLoaded', { low: 0.05, likely: 0.1, high: 0.2 });
    calc.setField('churnIfFumbledLoaded', '15');
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.15, high: 0.2 });
    calc.setField('churnIfFumbledLoaded', '30');
    expect(calc.ranges.churnIfFumbledLoaded).toEqual({ low: 0.05, likely: 0.3, high: 0.3 });
  });

  it('clears a range with null and resets ranges, seed and name on load', () => {
    const calc = new Calculator();
    calc.setRange('aiCostPerInquiry', { low: 0.5, likely: 0.8, high: 1.2 });
    calc.setRange('aiCostPerInquiry', null);
    expect(calc.ranges).toEqual({});
    calc.loadScenario(defaultScenario, null, {
      seed: 42,
      name: 'Plan B',
      ranges: { loadedShare: { low: 0.2, likely: 0.33, high: 0.5 } },
    });
    expect([calc.seed, calc.name, Object.keys(calc.ranges)]).toEqual([
      42,
      'Plan B',
      ['loadedShare'],
    ]);
    calc.loadScenario(defaultScenario);
    expect([calc.seed, calc.name, calc.ranges]).toEqual([1, '', {}]);
  });
});
