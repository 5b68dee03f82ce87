import { describe, expect, it } from 'vitest';
import { deploymentIds, evaluate, type Evaluation } from '../../../src/model';
import { asymmetryChart } from '../../../src/charts/asymmetryChart';
import {
  asymmetryCaption,
  asymmetryFigure,
  costComponents,
} from '../../../src/charts/asymmetryFigure';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM, ukFirmWith } from '../model/fixtures';

const ink = chartInk(false);

describe(asymmetryCaption, () => {
  it('names the cost-only trap in money', () => {
    // Single-tier runs for £1,892, two-tier for £3,368: £1,476 less.
    // In total single-tier costs £18,534.40 and two-tier £7,744.16: £10,790.24 more.
    expect(asymmetryCaption(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))).toBe(
      'Single-tier AI is the cheapest to run, £1,476 a month less than two-tier, but costs £10,790 a month more in total once lost clients and liability are counted.',
    );
  });

  it('says so when the cheapest to run is also the cheapest in total', () => {
    // A lost client costing nothing leaves operating cost + liability:
    // single-tier £1,892 + £320 = £2,212, two-tier £3,368 + £203.52, all people £5,592.
    const scenario = ukFirmWith({ lostClientValue: 0 });
    expect(asymmetryCaption(scenario, evaluate(scenario))).toBe(
      'Single-tier AI is the cheapest both to run and in total, at £2,212 a month once lost clients and liability are counted.',
    );
  });

  it('says so when the cheapest to run ties in total with the recommended one', () => {
    const real = evaluate(UK_SERVICES_FIRM);
    const tied: Evaluation = {
      ...real,
      costOnlyTrap: false,
      deployments: {
        ...real.deployments,
        singleTierAi: {
          ...real.deployments.singleTierAi,
          totalCost: real.deployments.twoTier.totalCost,
        },
      },
    };
    expect(asymmetryCaption(UK_SERVICES_FIRM, tied)).toBe(
      'Single-tier AI is the cheapest to run, £1,476 a month less than two-tier, and ties with it in total at £7,744 a month once lost clients and liability are counted.',
    );
  });

  it('formats money in the scenario’s currency', () => {
    const scenario = ukFirmWith({ currency: 'EUR' });
    expect(asymmetryCaption(scenario, evaluate(scenario))).toContain('€10,790 a month more');
  });
});

describe(asymmetryFigure, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const { table, legend } = asymmetryFigure(UK_SERVICES_FIRM, evaluation);

  it('tabulates each component of each deployment, tagged with its metric', () => {
    expect(table.columns).toEqual([
      'Option',
      'Operating cost',
      'Lost clients',
      'Liability for AI answers',
      'Total',
    ]);
    expect(table.rows.map((row) => row.header)).toEqual([
      'All people',
      'Single-tier AI',
      'Two-tier',
    ]);
    // Two-tier: £3,368 to run; 0.69544 clients lost × £6,000 = £4,172.64;
    // 254.4 AI answers × 0.002 × £400 = £203.52; £7,744.16 in all.
    const twoTier = table.rows[2].cells;
    expect(twoTier.map((cell) => cell.text)).toEqual(['£3,368', '£4,173', '£204', '£7,744']);
    expect(twoTier.map((cell) => cell.metric)).toEqual([
      'twoTier.operatingCost',
      'twoTier.churnCost',
      'twoTier.liabilityCost',
      'twoTier.totalCost',
    ]);
    expect(twoTier[3].value).toBe(evaluation.deployments.twoTier.totalCost);
  });

  it('marks the recommended deployment’s row', () => {
    expect(table.rows.map((row) => row.marked)).toEqual([false, false, true]);
  });

  it('tells the components apart by pattern in the legend', () => {
    expect(legend.map((item) => item.fill)).toEqual(['solid', 'stripes', 'dots']);
  });
});

describe(asymmetryChart, () => {
  const evaluation = evaluate(UK_SERVICES_FIRM);
  const config = asymmetryChart(UK_SERVICES_FIRM, evaluation, ink);

  it('stacks one dataset per cost component with each deployment’s figures', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['All people', 'Single-tier AI', 'Two-tier']);
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(
      costComponents.map((c) => c.label),
    );
    costComponents.forEach(({ field }, index) => {
      expect(config.data.datasets[index].data).toEqual(
        deploymentIds.map((id) => evaluation.deployments[id][field]),
      );
      expect(config.data.datasets[index].stack).toBe('cost');
    });
    expect(config.options?.scales?.y?.stacked).toBe(true);
  });

  it('colours each bar by its deployment', () => {
    expect(config.data.datasets[0].borderColor).toEqual([
      deploymentColours.allHuman,
      deploymentColours.singleTierAi,
      deploymentColours.twoTier,
    ]);
  });

  it('adds up to each deployment’s total', () => {
    deploymentIds.forEach((id, bar) => {
      const stacked = config.data.datasets.reduce(
        (sum, dataset) => sum + (dataset.data[bar] as number),
        0,
      );
      expect(stacked).toBeCloseTo(evaluation.deployments[id].totalCost, 9);
    });
  });
});
