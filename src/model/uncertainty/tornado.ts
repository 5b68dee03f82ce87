/**
 * What the answer hangs on: for each numeric input, how far moving it across
 * its range moves the gap between the recommended deployment and the
 * runner-up, and whether the recommendation flips at either end.
 *
 * An input without a range is swung by `defaultSwing` (±25 %, or ±10 points
 * for shares), within its bounds. Inputs that do not move the gap at all (the
 * timeline's months, hours per person) are left out.
 */
import type { Scenario } from '../schema';
import type { DeploymentId, DeploymentResult } from '../types';
import { deploymentIds } from '../types';
import { evaluateDeployments } from '../evaluateDeployment';
import { compareAmounts, recommend } from '../decision';
import type { NumericField, Range, Ranges } from './ranges';
import { defaultSwing, numericFields } from './ranges';

/** One bar of the tornado chart. */
export interface TornadoBar {
  field: NumericField;
  /** The input's value now and at each end of the bar, in model units. */
  base: number;
  low: number;
  high: number;
  /** 'range' when the owner gave the input a range, 'default' for the standard swing. */
  source: 'range' | 'default';
  /**
   * The runner-up's total minus the recommended deployment's (both as
   * recommended now), a month, with the input at each end: positive while the
   * recommended deployment stays ahead.
   */
  gapAtLow: number;
  gapAtHigh: number;
  /** |gapAtHigh − gapAtLow|: the bar's length, and its rank. */
  swing: number;
  /** The deployment recommended at each end when it is not the one recommended now, else null. */
  flipAtLow: DeploymentId | null;
  flipAtHigh: DeploymentId | null;
}

export interface Tornado {
  recommended: DeploymentId;
  runnerUp: DeploymentId;
  /** The runner-up's total minus the recommended one's now, a month (>= 0). */
  gap: number;
  /** Bars, longest swing first. */
  bars: TornadoBar[];
}

/**
 * The deployments from best to worst by `recommend`'s rule: lowest total, then
 * fewest clients lost, then the model's order.
 *
 * @example
 * rankDeployments(evaluateDeployments(UK_SERVICES_FIRM)) // => ['twoTier', 'allHuman', 'singleTierAi']
 */
export function rankDeployments(
  deployments: Record<DeploymentId, DeploymentResult>,
): DeploymentId[] {
  const byRule = (a: DeploymentId, b: DeploymentId) =>
    compareAmounts(deployments[a].totalCost, deployments[b].totalCost) ||
    compareAmounts(deployments[a].clientsLost, deployments[b].clientsLost) ||
    deploymentIds.indexOf(a) - deploymentIds.indexOf(b);
  return [...deploymentIds].sort(byRule);
}

/**
 * The tornado of a scenario: every numeric input that moves the gap between
 * the recommended deployment and the runner-up, longest swing first (ties in
 * the schema's order). Ranges are taken as given: validate them first.
 *
 * @example
 * // UK firm: two-tier leads all-human by £384.64 a month. Triage recall swung 0.8 to 1
 * // moves that gap from −£840.30 (all-human ahead) to +£1,609.60: the longest bar.
 * const tornado = buildTornado(UK_SERVICES_FIRM);
 * tornado.bars[0] // => { field: 'routerRecall', low: 0.8, high: 1, flipAtLow: 'allHuman', flipAtHigh: null, … }
 */
export function buildTornado(scenario: Scenario, ranges: Ranges = {}): Tornado {
  const now = evaluateDeployments(scenario);
  const [recommended, runnerUp] = rankDeployments(now);
  const gapWith = (field: NumericField, value: number) => {
    const deployments = evaluateDeployments({ ...scenario, [field]: value });
    const winner = recommend(deployments);
    return {
      gap: deployments[runnerUp].totalCost - deployments[recommended].totalCost,
      flip: winner === recommended ? null : winner,
    };
  };
  const bars: TornadoBar[] = [];
  for (const field of numericFields) {
    const given: Range | undefined = ranges[field];
    const { low, high } = given ?? defaultSwing(field, scenario[field]);
    const atLow = gapWith(field, low);
    const atHigh = gapWith(field, high);
    const moved = compareAmounts(atLow.gap, atHigh.gap) !== 0 || atLow.flip || atHigh.flip;
    if (!moved) continue;
    bars.push({
      field,
      base: scenario[field],
      low,
      high,
      source: given ? 'range' : 'default',
      gapAtLow: atLow.gap,
      gapAtHigh: atHigh.gap,
      swing: Math.abs(atHigh.gap - atLow.gap),
      flipAtLow: atLow.flip,
      flipAtHigh: atHigh.flip,
    });
  }
  // Array.prototype.sort is stable: equal swings keep the schema's order.
  bars.sort((a, b) => b.swing - a.swing);
  return {
    recommended,
    runnerUp,
    gap: now[runnerUp].totalCost - now[recommended].totalCost,
    bars,
  };
}
