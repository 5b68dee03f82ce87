/**
 * What the simulation's draws say: how often each deployment is the cheapest,
 * how often two-tier beats the others, the spread of each total and of each AI
 * deployment's net gain, and the distribution of two-tier's total minus
 * single-tier's.
 *
 * Percentiles interpolate linearly between order statistics (the usual
 * "type 7" definition, as in R's default and NumPy's `linear`).
 */
import type { AiDeploymentId, DeploymentId } from '../types';
import { aiDeploymentIds, deploymentIds } from '../types';
import { compareAmounts } from '../decision';
import type { SimulationSamples } from './simulate';
import { deploymentNames } from './wording';

/** The percentiles reported for every spread. */
export const percentileLevels = { p10: 0.1, p50: 0.5, p90: 0.9 } as const;
export type PercentileId = keyof typeof percentileLevels;
export type Percentiles = Record<PercentileId, number>;

/** One bar of a histogram: values in [from, to), the last bar also holding `to`. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** The summary of a simulation; its leaves are the figures `metrics.ts` names. */
export interface UncertaintySummary {
  draws: number;
  seed: number;
  probability: {
    /** Share of draws in which each deployment is recommended (lowest total, `recommend`'s tie rule). */
    cheapest: Record<DeploymentId, number>;
    /** Share of draws in which two-tier's total is below single-tier's. */
    twoTierBeatsSingleTier: number;
    /** Share of draws in which two-tier's total is below all-human's. */
    twoTierBeatsAllHuman: number;
  };
  percentiles: { allHuman: { totalCost: Percentiles } } & Record<
    AiDeploymentId,
    /** netGain: all-human's monthly total minus the deployment's (positive = it saves). */
    { totalCost: Percentiles; netGain: Percentiles }
  >;
  /** Two-tier's monthly total minus single-tier's, per draw (negative = two-tier cheaper). */
  twoTierMinusSingleTier: HistogramBin[];
}

/**
 * The p-quantile (p in [0, 1]) of values already sorted ascending, interpolating
 * linearly between neighbours; NaN for no values.
 *
 * @example
 * percentileOfSorted([10, 20, 30, 40, 50], 0.1) // => 14: position 0.4, 10 + 0.4 × 10
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/**
 * The 10th, 50th and 90th percentiles of some values (their order does not matter).
 *
 * @example
 * percentiles([50, 10, 40, 20, 30]) // => { p10: 14, p50: 30, p90: 46 }
 */
export function percentiles(values: ArrayLike<number>): Percentiles {
  const sorted = Float64Array.from(values).sort();
  return {
    p10: percentileOfSorted(sorted, percentileLevels.p10),
    p50: percentileOfSorted(sorted, percentileLevels.p50),
    p90: percentileOfSorted(sorted, percentileLevels.p90),
  };
}

/**
 * Equal-width bins over the values, with edges at whole multiples of the width
 * so that zero is always an edge (a bar is wholly below or wholly above it).
 * Values all equal give one bar of zero width.
 *
 * @example
 * histogram([-3, -1, 0, 1, 5], 4)
 * // width (5 − (−3)) / 4 = 2, edges −4, −2, 0, 2, 4, 6:
 * // => [{ from: -4, to: -2, count: 1 }, { from: -2, to: 0, count: 1 },
 * //     { from: 0, to: 2, count: 2 }, { from: 2, to: 4, count: 0 }, { from: 4, to: 6, count: 1 }]
 */
export function histogram(values: ArrayLike<number>, binCount = 24): HistogramBin[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < values.length; index++) {
    min = Math.min(min, values[index]);
    max = Math.max(max, values[index]);
  }
  if (min === max) return [{ from: min, to: max, count: values.length }];
  const width = (max - min) / Math.max(1, Math.round(binCount));
  const first = Math.floor(min / width);
  // ceil: a maximum on an exact edge closes the last bar rather than opening a new one.
  const bins = Array.from({ length: Math.max(1, Math.ceil(max / width) - first) }, (_, index) => ({
    from: (first + index) * width,
    to: (first + index + 1) * width,
    count: 0,
  }));
  for (let index = 0; index < values.length; index++) {
    const bin = Math.min(bins.length - 1, Math.max(0, Math.floor(values[index] / width) - first));
    bins[bin].count += 1;
  }
  return bins;
}

/** Share of draws where `a` is below `b`, with `recommend`'s tie tolerance. */
function shareBelow(a: Float64Array, b: Float64Array): number {
  let count = 0;
  for (let index = 0; index < a.length; index++)
    if (compareAmounts(a[index], b[index]) < 0) count++;
  return a.length > 0 ? count / a.length : 0;
}

function netGain(allHuman: Float64Array, deployment: Float64Array): Float64Array {
  return allHuman.map((total, index) => total - deployment[index]);
}

/**
 * Summarises a simulation's draws.
 *
 * @example
 * summarize(simulate(UK_SERVICES_FIRM, ranges, { seed: 1 })).probability.twoTierBeatsSingleTier
 * // => a share in [0, 1]
 */
export function summarize(samples: SimulationSamples, binCount = 24): UncertaintySummary {
  const { totalCost, draws } = samples;
  const wins = [0, 0, 0];
  for (const index of samples.recommended) wins[index] += 1;
  const cheapest = Object.fromEntries(
    deploymentIds.map((id, index) => [id, draws > 0 ? wins[index] / draws : 0]),
  ) as Record<DeploymentId, number>;
  const aiSpread = (id: AiDeploymentId) => ({
    totalCost: percentiles(totalCost[id]),
    netGain: percentiles(netGain(totalCost.allHuman, totalCost[id])),
  });
  const gap = totalCost.twoTier.map((total, index) => total - totalCost.singleTierAi[index]);
  return {
    draws,
    seed: samples.seed,
    probability: {
      cheapest,
      twoTierBeatsSingleTier: shareBelow(totalCost.twoTier, totalCost.singleTierAi),
      twoTierBeatsAllHuman: shareBelow(totalCost.twoTier, totalCost.allHuman),
    },
    percentiles: {
      allHuman: { totalCost: percentiles(totalCost.allHuman) },
      singleTierAi: aiSpread(aiDeploymentIds[0]),
      twoTier: aiSpread(aiDeploymentIds[1]),
    },
    twoTierMinusSingleTier: histogram(gap, binCount),
  };
}

/**
 * A chance in plain words: "In about 9 of 10 plausible cases …". Below 1 in
 * 200 it says "almost no", above 199 in 200 "almost every", and "no" or
 * "every" only when it is exactly 0 or 1.
 *
 * @example
 * describeChance(0.87, 'two-tier costs less than single-tier')
 * // => 'In about 9 of 10 plausible cases two-tier costs less than single-tier.'
 */
export function describeChance(probability: number, outcome: string): string {
  if (probability <= 0) return `In no plausible case ${outcome}.`;
  if (probability >= 1) return `In every plausible case ${outcome}.`;
  if (probability < 0.005) return `In almost no plausible case ${outcome}.`;
  if (probability > 0.995) return `In almost every plausible case ${outcome}.`;
  if (probability < 0.05) return `In fewer than 1 in 20 plausible cases ${outcome}.`;
  if (probability > 0.95) return `In more than 19 of 20 plausible cases ${outcome}.`;
  const tenths = Math.min(9, Math.max(1, Math.round(probability * 10)));
  return `In about ${tenths} of 10 plausible cases ${outcome}.`;
}

/**
 * The headline sentence of the simulation: how often two-tier costs less than single-tier.
 *
 * @example
 * describeTwoTierVersusSingleTier(summary) // => 'In about 9 of 10 plausible cases two-tier costs less than single-tier.'
 */
export function describeTwoTierVersusSingleTier(summary: UncertaintySummary): string {
  const two = deploymentNames.twoTier;
  const single = deploymentNames.singleTierAi;
  return describeChance(
    summary.probability.twoTierBeatsSingleTier,
    `${two} costs less than ${single}`,
  );
}

/**
 * The deployment most often the cheapest, with its chance in words.
 *
 * @example
 * describeLikeliestCheapest(summary) // => 'In about 7 of 10 plausible cases two-tier is the cheapest in total.'
 */
export function describeLikeliestCheapest(summary: UncertaintySummary): string {
  const cheapest = summary.probability.cheapest;
  const likeliest = deploymentIds.reduce((best, id) => (cheapest[id] > cheapest[best] ? id : best));
  return describeChance(
    cheapest[likeliest],
    `${deploymentNames[likeliest]} is the cheapest in total`,
  );
}
