/**
 * The scenario schema: each field refused outside its bounds with an issue
 * naming that field, never clamped; metadata complete for the form. Bounds per
 * docs/model.md: counts and money >= 0 (activeClients and fteHoursPerMonth
 * > 0), inquiriesPerMonth <= 100,000,000, loadedHandlingMultiplier in [1, 10],
 * shares in [0, 1], horizonMonths 1..120 and churnLagMonths 0..24 whole.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  currencies,
  fieldGroups,
  fieldMeta,
  scenarioFields,
  scenarioSchema,
  type Scenario,
  type ScenarioField,
} from '../../../src/model';
import { UK_SERVICES_FIRM, ukFirmWith } from './fixtures';

const numericFields = scenarioFields.filter(
  (field) => typeof UK_SERVICES_FIRM[field] === 'number',
) as ScenarioField[];

/** The bounds of docs/model.md, written out here rather than read from the schema. */
const contract: Record<
  string,
  { min: number; max: number; exclusive?: boolean; integer?: boolean }
> = {
  inquiriesPerMonth: { min: 0, max: 100_000_000 },
  activeClients: { min: 0, max: Infinity, exclusive: true },
  fteHoursPerMonth: { min: 0, max: Infinity, exclusive: true },
  loadedHandlingMultiplier: { min: 1, max: 10 },
  horizonMonths: { min: 1, max: 120, integer: true },
  churnLagMonths: { min: 0, max: 24, integer: true },
  aiRampMonths: { min: 0, max: 24, integer: true },
};
const shareFields = [
  'loadedShare',
  'routerRecall',
  'routerFalseAlarmRate',
  'aiEscalationRateRoutine',
  'aiEscalationRateLoaded',
  'fumbleRateHumanRoutine',
  'fumbleRateHumanLoaded',
  'fumbleRateAiRoutine',
  'fumbleRateAiLoaded',
  'churnIfFumbledRoutine',
  'churnIfFumbledLoaded',
  'wrongAnswerRate',
  'assistTimeSaving',
];
const boundsOf = (field: string) =>
  contract[field] ?? (shareFields.includes(field) ? { min: 0, max: 1 } : { min: 0, max: Infinity });

/** The paths of the issues a refused scenario raises. */
function refusedPaths(scenario: unknown): string[] {
  const result = scenarioSchema.safeParse(scenario);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const belowMin = numericFields.map((field) => {
  const { min, exclusive } = boundsOf(field);
  return [field, exclusive ? min : min - 0.001] as const;
});
const aboveMax = numericFields
  .filter((field) => Number.isFinite(boundsOf(field).max))
  .map((field) => [field, boundsOf(field).max + 0.001] as const);

describe('scenarioSchema', () => {
  it('accepts the UK firm and returns it unchanged', () => {
    expect(scenarioSchema.parse(UK_SERVICES_FIRM)).toEqual(UK_SERVICES_FIRM);
  });

  it('has the 33 fields of the model, in its order, version 2’s three last', () => {
    expect(scenarioFields).toHaveLength(33);
    expect(scenarioFields.slice(0, 3)).toEqual(['currency', 'inquiriesPerMonth', 'loadedShare']);
    expect(scenarioFields.slice(-3)).toEqual(['aiBilling', 'aiIncludedPerMonth', 'aiRampMonths']);
    expect(new Set(shareFields).size).toBe(13);
    for (const field of shareFields) expect(scenarioFields).toContain(field);
  });

  it.each(belowMin)('refuses %s = %s (below its bound), naming only that field', (field, value) => {
    expect(refusedPaths(ukFirmWith({ [field]: value }))).toEqual([field]);
  });

  it.each(aboveMax)('refuses %s = %s (above its bound), naming only that field', (field, value) => {
    expect(refusedPaths(ukFirmWith({ [field]: value }))).toEqual([field]);
  });

  it.each(
    numericFields.flatMap((field) =>
      [NaN, Infinity, -Infinity].map((value) => [field, value] as const),
    ),
  )('refuses %s = %s', (field, value) => {
    expect(refusedPaths(ukFirmWith({ [field]: value }))).toEqual([field]);
  });

  it.each(numericFields.map((field) => [field] as const))('refuses %s given as text', (field) => {
    expect(refusedPaths({ ...UK_SERVICES_FIRM, [field]: '12' })).toEqual([field]);
  });

  it.each([
    ['horizonMonths', 12.5],
    ['churnLagMonths', 2.5],
    ['aiRampMonths', 1.5],
  ] as const)('refuses a fraction of a month: %s = %s', (field, value) => {
    expect(refusedPaths(ukFirmWith({ [field]: value }))).toEqual([field]);
  });

  it.each(
    numericFields.flatMap((field) => {
      const { min, max, exclusive } = boundsOf(field);
      const edges: number[] = [exclusive ? min + 1e-9 : min];
      if (Number.isFinite(max)) edges.push(max);
      return edges.map((value) => [field, value] as const);
    }),
  )('keeps %s = %s at its bound exactly, unclamped', (field, value) => {
    const parsed = scenarioSchema.parse(ukFirmWith({ [field]: value }));
    expect(parsed[field]).toBe(value);
  });

  it('refuses a loaded share of 120 % at the path loadedShare', () => {
    expect(refusedPaths(ukFirmWith({ loadedShare: 1.2 }))).toEqual(['loadedShare']);
  });

  it('accepts large open-ended amounts as typed', () => {
    const big = ukFirmWith({ lostClientValue: 1e12, activeClients: 1e9, aiSetupCost: 123456789.5 });
    expect(scenarioSchema.parse(big)).toEqual(big);
  });

  it.each([...currencies])('accepts the currency %s', (currency) => {
    expect(scenarioSchema.safeParse(ukFirmWith({ currency })).success).toBe(true);
  });

  it('refuses an unknown currency and a non-boolean assistant switch', () => {
    expect(refusedPaths({ ...UK_SERVICES_FIRM, currency: 'JPY' })).toEqual(['currency']);
    expect(refusedPaths({ ...UK_SERVICES_FIRM, humansUseAiAssist: 'yes' })).toEqual([
      'humansUseAiAssist',
    ]);
  });

  it.each(['perInquiry', 'perResolution'] as const)('accepts billing %s', (aiBilling) => {
    expect(scenarioSchema.safeParse(ukFirmWith({ aiBilling })).success).toBe(true);
  });

  it.each(['sometimes', 'PerInquiry', '', 0])(
    'refuses billing %j, naming aiBilling',
    (aiBilling) => {
      expect(refusedPaths({ ...UK_SERVICES_FIRM, aiBilling })).toEqual(['aiBilling']);
    },
  );

  it('refuses a negative allowance and a ramp of 25 months, never clamping them', () => {
    expect(refusedPaths(ukFirmWith({ aiIncludedPerMonth: -1 }))).toEqual(['aiIncludedPerMonth']);
    expect(refusedPaths(ukFirmWith({ aiRampMonths: 25 }))).toEqual(['aiRampMonths']);
  });

  it('names every bad field at once and keeps the good ones out of the message', () => {
    const bad = { ...UK_SERVICES_FIRM, loadedShare: 1.5, horizonMonths: 0, lostClientValue: -1 };
    const result = scenarioSchema.safeParse(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const { fieldErrors, formErrors } = z.flattenError(result.error);
    expect(Object.keys(fieldErrors).sort()).toEqual([
      'horizonMonths',
      'loadedShare',
      'lostClientValue',
    ]);
    expect(formErrors).toEqual([]);
  });

  it('refuses a scenario with a field missing, naming it', () => {
    const { routerRecall: _, ...withoutRecall } = UK_SERVICES_FIRM;
    expect(refusedPaths(withoutRecall)).toEqual(['routerRecall']);
  });
});

describe(fieldMeta, () => {
  it.each(numericFields.map((field) => [field] as const))(
    'states the bounds of docs/model.md for %s',
    (field) => {
      const meta = fieldMeta(field);
      const bounds = boundsOf(field);
      expect([meta.min, meta.max, Boolean(meta.minExclusive), Boolean(meta.integer)]).toEqual([
        bounds.min,
        bounds.max,
        Boolean(bounds.exclusive),
        Boolean(bounds.integer),
      ]);
    },
  );

  it.each(scenarioFields.map((field) => [field] as const))('describes %s for the form', (field) => {
    const meta = fieldMeta(field);
    expect(meta.label.length).toBeGreaterThan(3);
    expect(meta.help.length).toBeGreaterThan(20);
    expect(fieldGroups.map((group) => group.id)).toContain(meta.group);
  });

  it('opens with the firm’s inquiries and clients, in five currencies', () => {
    expect(fieldGroups[0]).toEqual({ id: 'inquiries', title: 'Your inquiries and clients' });
    expect(currencies).toEqual(['GBP', 'USD', 'EUR', 'CAD', 'AUD']);
    expect(fieldMeta('routerRecall').label).toBe('Loaded inquiries the sorting catches');
    expect(fieldMeta('loadedHandlingMultiplier')).toMatchObject({
      kind: 'multiplier',
      min: 1,
      max: 10,
    });
  });

  it('marks shares as percentages and money as money', () => {
    for (const field of shareFields) expect(fieldMeta(field as ScenarioField).kind).toBe('share');
    expect(fieldMeta('lostClientValue').kind).toBe('money');
    expect(fieldMeta('horizonMonths')).toMatchObject({
      label: 'Months shown',
      min: 1,
      max: 120,
      integer: true,
    });
    expect(fieldMeta('activeClients').minExclusive).toBe(true);
  });

  it('keeps the handful that matter most visible, the rest advanced', () => {
    const primary = scenarioFields.filter((field) => fieldMeta(field).primary);
    expect(primary.length).toBeGreaterThanOrEqual(5);
    expect(primary.length).toBeLessThanOrEqual(12);
    expect(primary).toContain('loadedShare');
    expect(primary).toContain('routerRecall');
  });

  it('has a field in every group', () => {
    for (const group of fieldGroups) {
      expect(scenarioFields.some((field) => fieldMeta(field).group === group.id)).toBe(true);
    }
  });
});

describe('Scenario type', () => {
  it('is what the schema infers: the UK firm type-checks as a Scenario', () => {
    const scenario: Scenario = UK_SERVICES_FIRM;
    expect(scenario.currency).toBe('GBP');
  });
});
