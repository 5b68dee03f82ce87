/**
 * The decision: which deployment to recommend, which is cheapest to run, and
 * the verdict the page states (shared/MODEL.md, "Decision").
 *
 * Totals within a billionth of each other count as a tie, so that rounding in
 * the last binary digit never decides a recommendation.
 */
import type { Scenario } from './schema';
import type { DeploymentId, DeploymentResult, VerdictId } from './types';
import { deploymentIds } from './types';
import { evaluateDeployment } from './evaluateDeployment';

const TIE_TOLERANCE = 1e-9;

/** -1, 0 or 1 as a is below, level with or above b, with a relative tolerance. */
export function compareAmounts(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= TIE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
}

/**
 * The deployment with the lowest total cost; ties go to fewer clients lost, then
 * to the order allHuman, singleTierAi, twoTier.
 *
 * @example
 * recommend(evaluateDeployments(UK_SERVICES_FIRM)) // => 'twoTier'
 */
export function recommend(deployments: Record<DeploymentId, DeploymentResult>): DeploymentId {
  return deploymentIds.reduce((best, id) => {
    const byTotal = compareAmounts(deployments[id].totalCost, deployments[best].totalCost);
    if (byTotal !== 0) return byTotal < 0 ? id : best;
    return compareAmounts(deployments[id].clientsLost, deployments[best].clientsLost) < 0
      ? id
      : best;
  });
}

/**
 * The deployment with the lowest operating cost; ties go to the model's order.
 *
 * @example
 * cheapestToRun(evaluateDeployments(UK_SERVICES_FIRM)) // => 'singleTierAi'
 */
export function cheapestToRun(deployments: Record<DeploymentId, DeploymentResult>): DeploymentId {
  return deploymentIds.reduce((best, id) =>
    compareAmounts(deployments[id].operatingCost, deployments[best].operatingCost) < 0 ? id : best,
  );
}

/**
 * The verdict, first match: hold when loaded inquiries dominate the mix; segment
 * first when two-tier would beat all-human only with a perfect router; otherwise
 * the recommended deployment.
 *
 * @example
 * decideVerdict({ ...UK_SERVICES_FIRM, loadedShare: 0.6 }, ...) // => 'hold-mix-dominated'
 */
export function decideVerdict(
  scenario: Scenario,
  deployments: Record<DeploymentId, DeploymentResult>,
  recommended: DeploymentId,
): VerdictId {
  if (scenario.loadedShare > 0.5) return 'hold-mix-dominated';
  const twoTierLoses = compareAmounts(deployments.twoTier.totalCost, deployments.allHuman.totalCost) >= 0;
  if (twoTierLoses && recommended !== 'singleTierAi') {
    const perfect = evaluateDeployment('twoTier', {
      ...scenario,
      routerRecall: 1,
      routerFalseAlarmRate: 0,
    });
    if (compareAmounts(perfect.totalCost, deployments.allHuman.totalCost) < 0) return 'segment-first';
  }
  return recommended;
}
