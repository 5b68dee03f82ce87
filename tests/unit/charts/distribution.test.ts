import { describe, expect, it } from 'vitest';
import type { UncertaintySummary } from '../../../src/model/uncertainty/stats';
import { summarize } from '../../../src/model/uncertainty/stats';
import { simulate } from '../../../src/model/uncertainty/simulate';
import { uncertaintyMetrics } from '../../../src/model/uncertainty/metrics';
import {
  chanceTable,
  distributionCaption,
  distributionFigure,
  drawsAllAlike,
  formatChance,
  netGainTable,
  totalsTable,
  twoTierCheaperIn,
} from '../../../src/charts/distributionFigure';
import {
  distributionChart,
  distributionMarkers,
  histogramPoints,
} from '../../../src/charts/distributionChart';
import { chartInk, deploymentColours } from '../../../src/charts/palette';
import { UK_SERVICES_FIRM } from '../model/fixtures';
import { FAKE_PATTERN, fakeBarContext } from './fakeCanvas';

const ink = chartInk(false);

/**
 * Ten draws summarised by hand: two-tier cheapest in 7, all people in 2, single-tier in 1;
 * two-tier below single-tier in 3 + 5 = 8 draws (the two bins left of zero).
 */
const TEN_DRAWS: UncertaintySummary = {
  draws: 10,
  seed: 7,
  probability: {
    cheapest: { allHuman: 0.2, singleTierAi: 0.1, twoTier: 0.7 },
    twoTierBeatsSingleTier: 0.8,
    twoTierBeatsAllHuman: 0.7,
  },
  percentiles: {
    allHuman: { totalCost: { p10: 7000, p50: 8000, p90: 9000 } },
    singleTierAi: {
      totalCost: { p10: 6500, p50: 9200, p90: 14000 },
      netGain: { p10: -5000, p50: -1200, p90: 500 },
    },
    twoTier: {
      totalCost: { p10: 6000, p50: 7500, p90: 9500 },
      netGain: { p10: -500, p50: 500, p90: 1000 },
    },
  },
  twoTierMinusSingleTier: [
    { from: -2000, to: -1000, count: 3 },
    { from: -1000, to: 0, count: 5 },
    { from: 0, to: 1000, count: 2 },
  ],
};

describe(formatChance, () => {
  it.each([
    [0.8734, '87.3%'],
    [0, '0%'],
    [1, '100%'],
    [0.9996, '>99.9%'],
    [0.0002, '<0.1%'],
  ])('writes %s as %s', (probability, text) => {
    expect(formatChance(probability)).toBe(text);
  });
});

describe(drawsAllAlike, () => {
  it('is true when no input has a range: every draw is the firm’s own scenario', () => {
    expect(drawsAllAlike(summarize(simulate(UK_SERVICES_FIRM, {}, { seed: 1, draws: 50 })))).toBe(
      true,
    );
  });

  it('is false once a range moves the totals', () => {
    const ranges = { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } };
    const summary = summarize(simulate(UK_SERVICES_FIRM, ranges, { seed: 1, draws: 50 }));
    expect(drawsAllAlike(summary)).toBe(false);
  });
});

describe(distributionCaption, () => {
  it('says how often two-tier costs less and how far apart the two run', () => {
    expect(distributionCaption(TEN_DRAWS, 'GBP')).toBe(
      'Two-tier costs less than single-tier AI in 80% of the 10 draws (the bars left of zero); the difference runs from -£2,000 to £1,000 a month.',
    );
  });
});

describe(distributionFigure, () => {
  const figure = distributionFigure(TEN_DRAWS, 'USD');

  it('lists every bin with its draws and its share of them', () => {
    expect(figure.table.columns).toEqual(['Difference a month', 'Draws', 'Share of draws']);
    expect(figure.table.rows.map((row) => [row.header, ...row.cells.map((c) => c.text)])).toEqual([
      ['-US$2,000 to -US$1,000', '3', '30%'],
      ['-US$1,000 to US$0', '5', '50%'],
      ['US$0 to US$1,000', '2', '20%'],
    ]);
  });

  it('keeps each bin’s ends, its draws and its share as numbers for a spreadsheet', () => {
    expect(figure.table.units).toEqual(['USD', undefined, 'fraction']);
    expect(
      figure.table.rows.map((row) => [
        row.headerValue,
        row.headerValueTo,
        ...row.cells.map((c) => c.value),
      ]),
    ).toEqual([
      [-2000, -1000, 3, 0.3], // 3 of 10 draws
      [-1000, 0, 5, 0.5],
      [0, 1000, 2, 0.2],
    ]);
  });

  it('tells two-tier’s side from single-tier’s by pattern in the legend', () => {
    expect(figure.legend).toEqual([
      { label: 'Two-tier cheaper', colour: deploymentColours.twoTier, fill: 'solid' },
      { label: 'Single-tier AI cheaper', colour: deploymentColours.singleTierAi, fill: 'stripes' },
    ]);
  });
});

describe('the simulation’s tables', () => {
  it('gives each chance with its data-metric name and raw value', () => {
    const table = chanceTable(TEN_DRAWS);
    expect(table.rows.map((row) => [row.header, row.cells[0].text])).toEqual([
      ['All people is the cheapest in total', '20%'],
      ['Single-tier AI is the cheapest in total', '10%'],
      ['Two-tier is the cheapest in total', '70%'],
      ['Two-tier costs less than single-tier AI', '80%'],
      ['Two-tier costs less than all people', '70%'],
    ]);
    expect(table.rows.map((row) => [row.cells[0].metric, row.cells[0].value])).toEqual([
      ['probability.cheapest.allHuman', 0.2],
      ['probability.cheapest.singleTierAi', 0.1],
      ['probability.cheapest.twoTier', 0.7],
      ['probability.twoTierBeatsSingleTier', 0.8],
      ['probability.twoTierBeatsAllHuman', 0.7],
    ]);
  });

  it('gives each total and net gain in the low, middle and high cases (10th, 50th and 90th percentiles)', () => {
    const totals = totalsTable(TEN_DRAWS, 'GBP');
    expect(totals.columns).toEqual([
      'Option',
      'Low: 1 case in 10 below',
      'Middle',
      'High: 1 case in 10 above',
    ]);
    expect(totals.rows[1].cells.map((cell) => [cell.metric, cell.value, cell.text])).toEqual([
      ['percentiles.singleTierAi.totalCost.p10', 6500, '£6,500'],
      ['percentiles.singleTierAi.totalCost.p50', 9200, '£9,200'],
      ['percentiles.singleTierAi.totalCost.p90', 14000, '£14,000'],
    ]);
    const gains = netGainTable(TEN_DRAWS, 'GBP');
    expect(gains.rows.map((row) => row.header)).toEqual(['Single-tier AI', 'Two-tier']);
    expect(gains.rows[1].cells.map((cell) => cell.text)).toEqual(['-£500', '£500', '£1,000']);
  });

  it('together tag every figure the model names, once', () => {
    const tagged = [chanceTable, totalsTable, netGainTable]
      .flatMap((table) => table(TEN_DRAWS, 'GBP').rows)
      .flatMap((row) => row.cells.map((cell) => cell.metric));
    expect([...tagged].sort()).toEqual([...uncertaintyMetrics].sort());
  });
});

describe(distributionChart, () => {
  const config = distributionChart(TEN_DRAWS, 'GBP', ink);
  const [dataset] = config.data.datasets;

  it('puts each bin at its middle, as tall as its draws, bins touching', () => {
    expect(histogramPoints(TEN_DRAWS.twoTierMinusSingleTier)).toEqual([
      { x: -1500, y: 3 },
      { x: -500, y: 5 },
      { x: 500, y: 2 },
    ]);
    expect(dataset.data).toEqual(histogramPoints(TEN_DRAWS.twoTierMinusSingleTier));
    expect(dataset).toMatchObject({ barPercentage: 1, categoryPercentage: 1 });
  });

  it('fills two-tier’s side solid and stripes single-tier’s', () => {
    expect(TEN_DRAWS.twoTierMinusSingleTier.map(twoTierCheaperIn)).toEqual([true, true, false]);
    const fill = dataset.backgroundColor as (context: unknown) => unknown;
    expect(fill(fakeBarContext(0))).toBe(deploymentColours.twoTier);
    expect(fill(fakeBarContext(2))).toBe(FAKE_PATTERN);
    expect(dataset.borderColor).toEqual([
      deploymentColours.twoTier,
      deploymentColours.twoTier,
      deploymentColours.singleTierAi,
    ]);
  });

  it('keeps zero in view and marks it, with each bar spanning its bin', () => {
    const x = config.options?.scales?.x;
    expect(x).toMatchObject({ type: 'linear', beginAtZero: true, offset: false });
    expect(x?.grid).toMatchObject({ offset: false });
    expect(distributionMarkers(ink)).toEqual([
      { x: 0, label: 'Same cost', colour: ink.strong, dash: [4, 4] },
    ]);
    expect(config.options?.plugins?.markers?.lines).toEqual(distributionMarkers(ink));
  });
});
