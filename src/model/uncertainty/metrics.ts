/**
 * The names of the simulation's figures, in one place: the page marks each
 * figure with data-metric="<name>" and data-value="<raw number>", and tests
 * find figures by these names. Each name is the figure's path in
 * `UncertaintySummary` ("percentiles.twoTier.totalCost.p10").
 */
import type { AiDeploymentId, DeploymentId } from '../types';
import { aiDeploymentIds, deploymentIds } from '../types';
import type { PercentileId, UncertaintySummary } from './stats';
import { percentileLevels } from './stats';

export type UncertaintyMetric =
  | `probability.cheapest.${DeploymentId}`
  | 'probability.twoTierBeatsSingleTier'
  | 'probability.twoTierBeatsAllHuman'
  | `percentiles.${DeploymentId}.totalCost.${PercentileId}`
  | `percentiles.${AiDeploymentId}.netGain.${PercentileId}`;

const percentileIds = Object.keys(percentileLevels) as PercentileId[];

/**
 * Every figure of a simulation summary, by name, in the order a results panel lists them.
 *
 * @example
 * uncertaintyMetrics[0] // => 'probability.cheapest.allHuman'
 * uncertaintyMetrics.length // => 20: 3 + 2 probabilities, 3 × 3 totals, 2 × 3 net gains
 */
export const uncertaintyMetrics: readonly UncertaintyMetric[] = Object.freeze([
  ...deploymentIds.map((id) => `probability.cheapest.${id}` as const),
  'probability.twoTierBeatsSingleTier',
  'probability.twoTierBeatsAllHuman',
  ...deploymentIds.flatMap((id) =>
    percentileIds.map((p) => `percentiles.${id}.totalCost.${p}` as const),
  ),
  ...aiDeploymentIds.flatMap((id) =>
    percentileIds.map((p) => `percentiles.${id}.netGain.${p}` as const),
  ),
]);

/**
 * The value of one named figure in a summary.
 *
 * @example
 * readMetric(summary, 'percentiles.twoTier.totalCost.p10') // => summary.percentiles.twoTier.totalCost.p10
 */
export function readMetric(summary: UncertaintySummary, metric: UncertaintyMetric): number {
  let node: unknown = summary;
  for (const key of metric.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node !== 'number') throw new Error(`${metric} is not a figure of the summary`);
  return node;
}

/**
 * Every named figure of a summary with its value, ready for data-metric and data-value.
 *
 * @example
 * summaryMetrics(summary)[3] // => { metric: 'probability.twoTierBeatsSingleTier', value: 0.87 }
 */
export function summaryMetrics(
  summary: UncertaintySummary,
): { metric: UncertaintyMetric; value: number }[] {
  return uncertaintyMetrics.map((metric) => ({ metric, value: readMetric(summary, metric) }));
}
