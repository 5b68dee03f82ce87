/**
 * Break-even points: the triage recall at which two-tier starts to beat
 * all-human, and the loaded share at which each AI deployment stops doing so.
 *
 * Every total is linear in recall and in loaded share except where the cap on
 * clients lost (`activeClients`) bends it. So each gap is solved exactly, piece
 * by linear piece, scanning up from 0: the first crossing, not any root.
 */
import type { Scenario } from './schema';
import type { AiDeploymentId } from './types';
import { evaluateDeployment } from './evaluateDeployment';
import { capKinks, firstCrossing, pathThrough } from './piecewise';

/**
 * The smallest `routerRecall` at which two-tier's total cost is at most
 * all-human's, other inputs held; null when even a recall of 1 does not reach it.
 *
 * @example
 * breakEvenRecall(UK_SERVICES_FIRM) // => 0 (two-tier wins at any recall)
 */
export function breakEvenRecall(scenario: Scenario): number | null {
  const allHuman = evaluateDeployment('allHuman', scenario).totalCost;
  const gap = (recall: number) =>
    evaluateDeployment('twoTier', { ...scenario, routerRecall: recall }).totalCost - allHuman;
  const kinks = capKinks('twoTier', scenario, 'routerRecall', 0, 1);
  return firstCrossing(gap, pathThrough(0, 1, kinks), (g) => g <= 0);
}

/**
 * The smallest `loadedShare` at which the deployment's total cost exceeds
 * all-human's, other inputs held; null when it never does.
 *
 * @example
 * breakEvenLoadedShare('singleTierAi', UK_SERVICES_FIRM) // => about 0.0975
 */
export function breakEvenLoadedShare(
  deployment: AiDeploymentId,
  scenario: Scenario,
): number | null {
  const gap = (share: number) => {
    const at = { ...scenario, loadedShare: share };
    return evaluateDeployment(deployment, at).totalCost - evaluateDeployment('allHuman', at).totalCost;
  };
  const kinks = [
    ...capKinks(deployment, scenario, 'loadedShare', 0, 1),
    ...capKinks('allHuman', scenario, 'loadedShare', 0, 1),
  ];
  return firstCrossing(gap, pathThrough(0, 1, kinks), (g) => g > 0);
}
