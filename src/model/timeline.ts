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
 * Net gain over all-human in each month 1 .. horizonMonths (index 0 is month 1).
 *
 * @example
 * // UK firm, single-tier: +2,612.60 in month 1 after setup, +7,612.60 in months 2 and 3,
 * // then -4,037.30 a month once churn shows.
 * monthlyNet(UK_SERVICES_FIRM, allHuman, singleTierAi).slice(0, 4)
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
 * Running sum of the monthly net gain, and the first month from which it stays
 * at or above zero to the horizon (null when it ends below zero).
 *
 * @example
 * buildTimeline([-10, 4, 8]) // => { cumulativeNet: [-10, -6, 2], paybackMonth: 3 }
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
