/**
 * The decision: which deployment to recommend, which is cheapest to run, and
 * the verdict the page states (docs/model.md, "The decision").
 *
 * Totals within a billionth of each other count as a tie, so that rounding in
 * the last binary digit never decides a recommendation.
 */
import type { Scenario } from './schema';
import type { DeploymentId, DeploymentResult, VerdictId } from './types';
import { deploymentIds } from './types';
import { evaluateDeployment } from './evaluateDeployment';

/** Relative gap below which two amounts count as level (of the larger, or of 1 below 1). */
const TIE_TOLERANCE = 1e-9;

/**
 * -1, 0 or 1 as a is below, level with or above b (any unit), with a relative
 * tolerance of 1e-9 of the larger magnitude (or of 1, for amounts below 1).
 *
 * @example
 * compareAmounts(7744.16, 8128.8) // => -1
 * compareAmounts(8128.8, 8128.8 + 1e-6) // => 0: within a billionth, a tie
 * compareAmounts(8128.81, 8128.8) // => 1: a penny is not a tie
 */
export function compareAmounts(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= TIE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
}

/**
 * The deployment with the lowest `totalCost` (money a month); ties go to fewer
 * `clientsLost`, then to the order allHuman, singleTierAi, twoTier.
 *
 * @example
 * // £8,128.80 all-human, £18,534.40 single-tier, £7,744.16 two-tier a month:
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
 * The deployment with the lowest `operatingCost` (money a month); ties go to the
 * order allHuman, singleTierAi, twoTier.
 *
 * @example
 * // £5,592 all-human, £1,892 single-tier, £3,368 two-tier a month to run:
 * cheapestToRun(evaluateDeployments(UK_SERVICES_FIRM)) // => 'singleTierAi'
 */
export function cheapestToRun(deployments: Record<DeploymentId, DeploymentResult>): DeploymentId {
  return deploymentIds.reduce((best, id) =>
    compareAmounts(deployments[id].operatingCost, deployments[best].operatingCost) < 0 ? id : best,
  );
}

/**
 * The verdict, first match: hold when loaded inquiries are more than half the
 * mix; segment first when two-tier costs no less than all-human but would cost
 * less with a perfect router (recall 1, no false alarms), unless single-tier is
 * recommended; otherwise the recommended deployment.
 *
 * @example
 * const verdictOf = (scenario: Scenario) => {
 *   const deployments = evaluateDeployments(scenario);
 *   return decideVerdict(scenario, deployments, recommend(deployments));
 * };
 * verdictOf(UK_SERVICES_FIRM) // => 'twoTier'
 * verdictOf({ ...UK_SERVICES_FIRM, loadedShare: 0.6 }) // => 'hold-mix-dominated'
 * // Recall 0.5: two-tier £12,644 against all-human £8,128.80; a perfect router £6,304.80.
 * verdictOf({ ...UK_SERVICES_FIRM, routerRecall: 0.5 }) // => 'segment-first'
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
