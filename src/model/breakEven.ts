/**
 * Break-even points: the triage recall at which two-tier starts to beat
 * all-human, and the loaded share at which each AI deployment stops doing so.
 *
 * Every total is linear in recall and in loaded share except where the cap on
 * clients lost (`activeClients`) bends it. So each gap is solved exactly, piece
 * by linear piece, scanning up from 0: the first crossing, not any root.
 */
import type { Scenario } from './schema';
import type { AiDeploymentId, DeploymentId } from './types';
import { evaluateDeployment } from './evaluateDeployment';

type NumericField = 'routerRecall' | 'loadedShare';

/** Where the uncapped clients-lost line of a deployment meets the client base, in (0, 1). */
function capKink(deployment: DeploymentId, scenario: Scenario, field: NumericField): number[] {
  // Infinity lifts the cap, leaving the straight line that the cap bends.
  const uncapped = (x: number) =>
    evaluateDeployment(deployment, { ...scenario, [field]: x, activeClients: Infinity }).clientsLost;
  const at0 = uncapped(0);
  const slope = uncapped(1) - at0;
  if (slope === 0) return [];
  const x = (scenario.activeClients - at0) / slope;
  return x > 0 && x < 1 ? [x] : [];
}

/**
 * The smallest x in [0, 1] where `holds(gap(x))`, given that gap is linear
 * between consecutive breakpoints; null when there is none. `strict` says the
 * condition is gap > 0 (its infimum, the root, is returned) rather than gap <= 0.
 */
function firstCrossing(gap: (x: number) => number, kinks: number[], strict: boolean): number | null {
  const holds = (g: number) => (strict ? g > 0 : g <= 0);
  const points = [0, ...kinks.sort((a, b) => a - b), 1];
  let a = points[0];
  let ga = gap(a);
  if (holds(ga)) return a;
  for (const b of points.slice(1)) {
    const gb = gap(b);
    if (holds(gb)) {
      // gap is linear on [a, b]: the crossing is where it reaches 0.
      const root = a + ((b - a) * ga) / (ga - gb);
      return Math.min(b, Math.max(a, root));
    }
    a = b;
    ga = gb;
  }
  return null;
}

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
  return firstCrossing(gap, capKink('twoTier', scenario, 'routerRecall'), false);
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
    ...capKink(deployment, scenario, 'loadedShare'),
    ...capKink('allHuman', scenario, 'loadedShare'),
  ];
  return firstCrossing(gap, kinks, true);
}
