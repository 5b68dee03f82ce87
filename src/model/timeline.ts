/**
 * The month-four trap: net gain of an AI deployment over all-human, month by
 * month. Savings show at once; lost clients show `churnLagMonths` later.
 *
 * Simplification: every month is the same month; the churn from month m's
 * fumbles is counted in full from month m + churnLagMonths on.
 */
import type { Scenario } from './schema';
import type { DeploymentResult, DeploymentTimeline } from './types';

/**
 * Net gain over all-human (money) in each month 1 .. horizonMonths; index 0 is
 * month 1. Only the AI deployment's setup cost is subtracted, in month 1.
 *
 * @example
 * // UK firm, single-tier: saves £5,592 − £1,892 = £3,700 to run, pays £320 more liability,
 * // so +£3,380 a month; month 1 also pays £5,000 setup: −£1,620. From month 4 (lag 3)
 * // the extra churn £16,322.40 − £2,536.80 = £13,785.60 shows: £3,380 − £13,785.60 = −£10,405.60.
 * const { allHuman, singleTierAi } = evaluateDeployments(UK_SERVICES_FIRM);
 * monthlyNet(UK_SERVICES_FIRM, allHuman, singleTierAi).slice(0, 5)
 * // => [-1620, 3380, 3380, -10405.6, -10405.6]
 */
export function monthlyNet(
  scenario: Scenario,
  allHuman: DeploymentResult,
  deployment: DeploymentResult,
): number[] {
  const operatingSaving = allHuman.operatingCost - deployment.operatingCost;
  const extraLiability = deployment.liabilityCost - allHuman.liabilityCost;
  const extraChurn = deployment.churnCost - allHuman.churnCost;
  return Array.from({ length: scenario.horizonMonths }, (_, index) => {
    const month = index + 1;
    return (
      operatingSaving -
      extraLiability -
      (month === 1 ? deployment.setupCost : 0) -
      (month > scenario.churnLagMonths ? extraChurn : 0)
    );
  });
}

/**
 * Running sum of the monthly net gain (money), and the first month (1-based)
 * from which it stays at or above zero to the horizon (null when it ends below zero).
 *
 * @example
 * buildTimeline([-10, 4, 8]) // => { cumulativeNet: [-10, -6, 2], paybackMonth: 3 }
 * // Dipping below zero again resets payback: the sum must stay at or above zero.
 * buildTimeline([5, -10, 20]) // => { cumulativeNet: [5, -5, 15], paybackMonth: 3 }
 * // UK firm, single-tier: −£1,620, £1,760, £5,140, −£5,265.60, … never pays back.
 * buildTimeline(monthlyNet(UK_SERVICES_FIRM, allHuman, singleTierAi)).paybackMonth // => null
 */
export function buildTimeline(monthly: readonly number[]): DeploymentTimeline {
  const cumulativeNet: number[] = [];
  let sum = 0;
  for (const net of monthly) {
    sum += net;
    cumulativeNet.push(sum);
  }
  let paybackMonth: number | null = null;
  for (let index = cumulativeNet.length - 1; index >= 0 && cumulativeNet[index] >= 0; index--) {
    paybackMonth = index + 1;
  }
  return { cumulativeNet, paybackMonth };
}
