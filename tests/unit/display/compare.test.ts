import { describe, expect, it } from 'vitest';
import { deploymentIds, evaluate, findPreset } from '../../../src/model';
import {
  MAX_COMPARED,
  compareFields,
  compareScenarios,
  formatDifference,
  toggleCompared,
} from '../../../src/display/compare';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const MORE_LOADED = ukFirmWith({ loadedShare: 0.4 });
const KLARNA_HYBRID = findPreset('klarna-hybrid')!.scenario;

describe(compareScenarios, () => {
  it('measures each figure against the first scenario', () => {
    const { sections } = compareScenarios([
      { name: 'Today', scenario: UK_SERVICES_FIRM },
      { name: 'More loaded', scenario: MORE_LOADED },
    ]);
    const twoTier = sections.find((section) => section.deployment === 'twoTier')!;
    const cell = (field: string) => twoTier.rows.find((row) => row.field === field)!.cells;

    // Today, two-tier (docs/model.md, worked by hand): V = 400, L = 132, R = 268.
    //   operating £3,368, churn 0.69544 clients x £6,000 = £4,172.64, liability £203.52: £7,744.16.
    // With 40% loaded: L = 160, R = 240; person-first 240 x 0.1 = 24 routine, 160 x 0.9 = 144 loaded;
    //   AI-first 216 routine, 16 loaded; escalated 21.6 and 6.4.
    //   work (24 + 21.6) + (144 + 6.4) x 1.5 = 271.2 units x £12 = £3,254.40
    //   operating 3,254.40 + 232 x 0.80 + 400 x 0.05 + 300 = £3,760
    //   fumbled routine 24 x 0.01 + 216 x 0.03 = 6.72; loaded 144 x 0.03 + 16 x 0.2 = 7.52
    //   clients lost 6.72 x 0.01 + 7.52 x 0.1 = 0.8192; churn £4,915.20
    //   liability 232 x 0.002 x £400 = £185.60; total £8,860.80
    expect(cell('totalCost')[0]).toEqual({ value: expect.closeTo(7744.16, 6), difference: null });
    expect(cell('totalCost')[1]!.value).toBeCloseTo(8860.8, 6);
    expect(cell('totalCost')[1]!.difference).toBeCloseTo(8860.8 - 7744.16, 6);
    expect(cell('operatingCost')[1]!.difference).toBeCloseTo(3760 - 3368, 6);
    expect(cell('churnCost')[1]!.difference).toBeCloseTo(4915.2 - 4172.64, 6);
    expect(cell('liabilityCost')[1]!.difference).toBeCloseTo(185.6 - 203.52, 6);
    expect(cell('clientsLost')[1]!.difference).toBeCloseTo(0.8192 - 0.69544, 9);
    // AI share 232 / 400 = 0.58 against 254.4 / 400 = 0.636.
    expect(cell('aiShare')[1]!.difference).toBeCloseTo(0.58 - 0.636, 9);
  });

  it('gives every figure of every column as evaluate() does, deployments in order', () => {
    const items = [
      { name: 'Today', scenario: UK_SERVICES_FIRM },
      { name: 'More loaded', scenario: MORE_LOADED },
      { name: 'Recall 0.6', scenario: ukFirmWith({ routerRecall: 0.6 }) },
    ];
    const { columns, sections } = compareScenarios(items);
    expect(columns.map((column) => column.name)).toEqual(['Today', 'More loaded', 'Recall 0.6']);
    expect(sections.map((section) => section.deployment)).toEqual([...deploymentIds]);
    for (const section of sections) {
      for (const row of section.rows) {
        row.cells.forEach((cell, index) => {
          const own = evaluate(items[index]!.scenario).deployments[section.deployment][row.field];
          const first = evaluate(items[0]!.scenario).deployments[section.deployment][row.field];
          expect(cell.value).toBe(own);
          if (index > 0 && own === first) expect(cell.difference).toBe(0);
          if (index > 0 && own !== first) expect(cell.difference).toBeCloseTo(own - first, 9);
        });
      }
    }
  });

  it('lists the key figures in reading order, and no AI share for all people', () => {
    const { sections } = compareScenarios([{ name: 'Today', scenario: UK_SERVICES_FIRM }]);
    const fields = compareFields.map(({ field }) => field);
    expect(fields).toEqual([
      'totalCost',
      'operatingCost',
      'churnCost',
      'liabilityCost',
      'clientsLost',
      'aiShare',
    ]);
    expect(sections[0]!.rows.map((row) => row.field)).toEqual(fields.slice(0, -1));
    expect(sections[1]!.rows.map((row) => row.field)).toEqual(fields);
  });

  it('compares at most three scenarios, the first three given', () => {
    const names = ['A', 'B', 'C', 'D'];
    const { columns, sections } = compareScenarios(
      names.map((name) => ({ name, scenario: UK_SERVICES_FIRM })),
    );
    expect(MAX_COMPARED).toBe(3);
    expect(columns.map((column) => column.name)).toEqual(['A', 'B', 'C']);
    expect(sections[0]!.rows[0]!.cells).toHaveLength(3);
  });

  it('counts the same figures as no difference, not as rounding noise', () => {
    const { sections } = compareScenarios([
      { name: 'A', scenario: UK_SERVICES_FIRM },
      { name: 'B', scenario: { ...UK_SERVICES_FIRM } },
    ]);
    for (const row of sections.flatMap((section) => section.rows)) {
      expect(row.cells[1]!.difference).toBe(0);
    }
  });

  it('marks the verdicts that differ from the first column', () => {
    // 60% loaded is more than half: hold, whatever the costs.
    const { columns } = compareScenarios([
      { name: 'Today', scenario: UK_SERVICES_FIRM },
      { name: 'Same', scenario: MORE_LOADED },
      { name: 'Mostly loaded', scenario: ukFirmWith({ loadedShare: 0.6 }) },
    ]);
    expect(columns.map((column) => column.evaluation.verdict)).toEqual([
      'twoTier',
      evaluate(MORE_LOADED).verdict,
      'hold-mix-dominated',
    ]);
    expect(columns.map((column) => column.verdictDiffers)).toEqual([
      false,
      evaluate(MORE_LOADED).verdict !== 'twoTier',
      true,
    ]);
  });

  it('gives no money difference across currencies, but still compares counts and shares', () => {
    const { sections } = compareScenarios([
      { name: 'UK', scenario: UK_SERVICES_FIRM },
      { name: 'Klarna', scenario: KLARNA_HYBRID },
    ]);
    const twoTier = sections[2]!.rows;
    expect(KLARNA_HYBRID.currency).not.toBe(UK_SERVICES_FIRM.currency);
    expect(twoTier.find((row) => row.field === 'totalCost')!.cells[1]!.difference).toBeNull();
    expect(twoTier.find((row) => row.field === 'aiShare')!.cells[1]!.difference).not.toBeNull();
  });

  it('leaves its inputs as they were', () => {
    const items = Object.freeze([Object.freeze({ name: 'A', scenario: UK_SERVICES_FIRM })]);
    expect(() => compareScenarios(items)).not.toThrow();
    expect(compareScenarios([]).columns).toEqual([]);
  });
});

describe(formatDifference, () => {
  it.each([
    [1116.64, 'money', '+£1,117'],
    [-17.92, 'money', '−£18'],
    [-0.5, 'money', '−£0.50'],
    [0.12376, 'quantity', '+0.12'],
    [-12.4, 'quantity', '−12'],
    // 0.0367 of first contact is 3.67 percentage points.
    [-0.0367, 'share', '−3.7 points'],
    [0.25, 'share', '+25 points'],
    [0, 'money', 'no difference'],
  ] as const)('writes %s (%s) as %s', (difference, format, text) => {
    expect(formatDifference(difference, format, 'GBP')).toBe(text);
  });
});

describe(toggleCompared, () => {
  it('adds in the order chosen and removes what is ticked again', () => {
    expect(toggleCompared([], 's2')).toEqual(['s2']);
    expect(toggleCompared(['s2'], 'current')).toEqual(['s2', 'current']);
    expect(toggleCompared(['s2', 'current'], 's2')).toEqual(['current']);
  });

  it('refuses a fourth choice and leaves the three', () => {
    const three = ['current', 's1', 's2'];
    expect(toggleCompared(three, 's3')).toEqual(three);
    expect(toggleCompared(three, 's1')).toEqual(['current', 's2']);
  });
});
