/**
 * Break-even points: the triage recall at which two-tier starts to beat
 * all-human, and the loaded share at which each AI deployment stops doing so.
 *
 * Every total is linear in recall and in loaded share except where the cap on
 * clients lost (`activeClients`) or the AI's allowance (`aiIncludedPerMonth`)
 * bends it. So each gap is solved exactly, piece by linear piece, scanning up
 * from 0: the first crossing, not any root.
 */
import type { Scenario } from './schema';
import type { AiDeploymentId } from './types';
import { evaluateDeployment } from './evaluateDeployment';
import { firstCrossing, pathThrough, totalKinks } from './piecewise';

/**
 * The smallest `routerRecall` (a fraction in [0, 1]) at which two-tier's total
 * cost is at most all-human's, other inputs held; null when even a recall of 1
 * does not reach it. Exact up to rounding (well within 1e-6).
 *
 * @example
 * // Two-tier's total is £18,768.80 − £12,249.60 × recall a month; all-human's £8,128.80.
 * // (18,768.80 − 8,128.80) / 12,249.60 = 10,640 / 12,249.60
 * breakEvenRecall(UK_SERVICES_FIRM) // => 0.868599… (about 87 %)
 */
export function breakEvenRecall(scenario: Scenario): number | null {
  const allHuman = evaluateDeployment('allHuman', scenario).totalCost;
  const gap = (recall: number) =>
    evaluateDeployment('twoTier', { ...scenario, routerRecall: recall }).totalCost - allHuman;
  const kinks = totalKinks('twoTier', scenario, 'routerRecall', 0, 1);
  return firstCrossing(gap, pathThrough(0, 1, kinks), (g) => g <= 0);
}

/**
 * The smallest `loadedShare` (a fraction in [0, 1]) at which the deployment's
 * total cost exceeds all-human's, other inputs held; null when it never does.
 * Above a share of 0 this is where the two totals meet: the first point past
 * which the AI deployment costs more.
 *
 * @example
 * // Totals a month at loaded share x: all-human £5,040 + £9,360x,
 * // single-tier £2,140 + £49,680x, two-tier £2,480 + £15,952x.
 * breakEvenLoadedShare('singleTierAi', UK_SERVICES_FIRM) // => 2,900 / 40,320 = 0.071924…
 * breakEvenLoadedShare('twoTier', UK_SERVICES_FIRM) // => 2,560 / 6,592 = 0.388349…
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
    ...totalKinks(deployment, scenario, 'loadedShare', 0, 1),
    ...totalKinks('allHuman', scenario, 'loadedShare', 0, 1),
  ];
  return firstCrossing(gap, pathThrough(0, 1, kinks), (g) => g > 0);
}
