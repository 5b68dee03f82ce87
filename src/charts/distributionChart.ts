/**
 * The simulation drawn: a histogram of two-tier's monthly total minus
 * single-tier's across the draws, one bar per bin on a linear money axis, with
 * zero marked. Bars where two-tier is cheaper are solid in its colour, the
 * others striped in single-tier's, so colour is never the only cue.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Currency } from '../model';
import type { UncertaintySummary } from '../model/uncertainty/stats';
import type { Marker } from './markers';
import { nameInSentence, nameOf } from './figure';
import { baseOptions, moneyAxis, type Point } from './options';
import { deploymentColours, type Ink } from './palette';
import { patternFill } from './patterns';
import { twoTierCheaperIn } from './distributionFigure';

/** The zero line: where the two cost the same. */
export function distributionMarkers(ink: Ink): Marker[] {
  return [{ x: 0, label: 'Same cost', colour: ink.strong, dash: [4, 4] }];
}

/**
 * Each bin as a point at its middle, its height the number of draws in it.
 *
 * @example
 * histogramPoints([{ from: -2, to: 0, count: 3 }, { from: 0, to: 2, count: 1 }])
 * // => [{ x: -1, y: 3 }, { x: 1, y: 1 }]
 */
export function histogramPoints(bins: UncertaintySummary['twoTierMinusSingleTier']): Point[] {
  return bins.map((bin) => ({ x: (bin.from + bin.to) / 2, y: bin.count }));
}

/** The Chart.js configuration of the distribution of two-tier minus single-tier. */
export function distributionChart(
  summary: UncertaintySummary,
  currency: Currency,
  ink: Ink,
): ChartConfiguration<'bar', Point[]> {
  const bins = summary.twoTierMinusSingleTier;
  const cheaper = bins.map(twoTierCheaperIn);
  const colour = (index: number) =>
    cheaper[index] ? deploymentColours.twoTier : deploymentColours.singleTierAi;
  const axis = moneyAxis(
    currency,
    ink,
    `${nameOf('twoTier')}'s total minus ${nameInSentence('singleTierAi')}'s, a month`,
  );
  const base = baseOptions(ink, distributionMarkers(ink));
  return {
    type: 'bar',
    data: {
      datasets: [
        {
          label: 'Draws',
          data: histogramPoints(bins),
          backgroundColor: (context) =>
            cheaper[context.dataIndex]
              ? colour(context.dataIndex)
              : patternFill(context.chart.ctx, colour(context.dataIndex), 'stripes'),
          borderColor: bins.map((_, index) => colour(index)),
          borderWidth: 1,
          // Bins touch, as a histogram's do.
          barPercentage: 1,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      ...base,
      // Room for the last tick's label when zero is the right edge.
      layout: { padding: { ...base.layout.padding, right: 12 } },
      scales: {
        // The money axis keeps zero in view, so the marked tie is always on the
        // chart. No offset: each bar spans its bin exactly, grid lines on the ticks.
        x: { ...axis, offset: false, grid: { ...axis.grid, offset: false } },
        y: {
          type: 'linear',
          beginAtZero: true,
          title: { display: true, text: 'Draws', color: ink.text },
          ticks: { color: ink.text, precision: 0 },
          grid: { color: ink.grid },
          border: { color: ink.strong },
        },
      },
    },
  };
}
