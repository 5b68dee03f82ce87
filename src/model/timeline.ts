/**
 * The month-four trap: net gain of an AI deployment over all-human, month by
 * month. Savings show at once; lost clients show `churnLagMonths` later.
 *
 * Simplification: every month is the same month once the AI has reached its
 * share (it rises evenly over `aiRampMonths`); the churn from month m's
 * fumbles is counted in full from month m + churnLagMonths on.
 */
import type { Scenario } from './schema';
import type { AiDeploymentId, DeploymentTimeline } from './types';
import { evaluateDeployment } from './evaluateDeployment';

/**
 * The share of the deployment's own routing in force in month `month`
 * (1-based) of a ramp of `rampMonths` months: month / rampMonths up to 1, and
 * 1 from month 1 without a ramp.
 *
 * @example
 * rampShare(1, 4) // => 0.25
 * rampShare(6, 4) // => 1
 * rampShare(1, 0) // => 1
 */
export function rampShare(month: number, rampMonths: number): number {
  return rampMonths === 0 ? 1 : Math.min(1, month / rampMonths);
}

/**
 * Net gain over all-human (money) in each month 1 .. horizonMonths; index 0 is
 * month 1. The deployment in month m runs at `rampShare(m, aiRampMonths)`
 * against all-human's steady month; only its setup cost is subtracted, in
 * month 1, and the churn of month m's fumbles shows in month m + churnLagMonths.
 *
 * @example
 * // UK firm, single-tier: saves £5,592 − £1,892 = £3,700 to run, pays £320 more liability,
 * // so +£3,380 a month; month 1 also pays £5,000 setup: −£1,620. From month 4 (lag 3)
 * // the extra churn £16,322.40 − £2,536.80 = £13,785.60 shows: £3,380 − £13,785.60 = −£10,405.60.
 * monthlyNet(UK_SERVICES_FIRM, 'singleTierAi').slice(0, 5)
 * // => [-1620, 3380, 3380, -10405.6, -10405.6]
 * // A two-month ramp: in month 1 the AI takes half its share. People and AI use cost
 * // £3,592 (half of £5,592 + £1,592), saving £2,000; the £300 platform fee is paid in full,
 * // so £1,700, less half the extra liability, £160, and the £5,000 setup: −£3,460.
 * // Month 4 shows the churn of month 1, half the extra: £3,380 − £6,892.80.
 * monthlyNet({ ...UK_SERVICES_FIRM, aiRampMonths: 2 }, 'singleTierAi').slice(0, 5)
 * // => [-3460, 3380, 3380, -3512.8, -10405.6]
 */
export function monthlyNet(scenario: Scenario, deployment: AiDeploymentId): number[] {
  const allHuman = evaluateDeployment('allHuman', scenario);
  const steady = evaluateDeployment(deployment, scenario);
  const inMonth = (month: number) => {
    const share = rampShare(month, scenario.aiRampMonths);
    return share === 1 ? steady : evaluateDeployment(deployment, scenario, share);
  };
  return Array.from({ length: scenario.horizonMonths }, (_, index) => {
    const month = index + 1;
    const now = inMonth(month);
    return (
      allHuman.operatingCost -
      now.operatingCost -
      (now.liabilityCost - allHuman.liabilityCost) -
      (month === 1 ? steady.setupCost : 0) -
      (month > scenario.churnLagMonths
        ? inMonth(month - scenario.churnLagMonths).churnCost - allHuman.churnCost
        : 0)
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
 * buildTimeline(monthlyNet(UK_SERVICES_FIRM, 'singleTierAi')).paybackMonth // => null
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
