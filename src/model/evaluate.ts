/**
 * The whole model for one scenario: three deployments, the decision, the
 * break-even points and the timeline (docs/model.md).
 *
 * `evaluate` trusts its input: parse with `scenarioSchema` at the boundary.
 */
import type { Scenario } from './schema';
import type { Evaluation } from './types';
import { evaluateDeployments } from './evaluateDeployment';
import { cheapestToRun, compareAmounts, decideVerdict, recommend } from './decision';
import { breakEvenLoadedShare, breakEvenRecall } from './breakEven';
import { buildTimeline, monthlyNet } from './timeline';

/**
 * Evaluates a scenario: the three deployments (money per month in the
 * scenario's currency), the decision, the break-even points (fractions) and the
 * month-by-month timeline. Does not change its input.
 *
 * @example
 * const result = evaluate(UK_SERVICES_FIRM);
 * result.recommended // => 'twoTier' (£7,744.16 a month in total)
 * result.cheapestToRun // => 'singleTierAi' (£1,892 a month to run)
 * result.costOnlyTrap // => true: single-tier costs £18,534.40 a month in total
 * result.timeline.twoTier.paybackMonth // => 3
 */
export function evaluate(scenario: Scenario): Evaluation {
  const deployments = evaluateDeployments(scenario);
  const recommended = recommend(deployments);
  const cheapest = cheapestToRun(deployments);
  return {
    deployments,
    recommended,
    cheapestToRun: cheapest,
    costOnlyTrap:
      compareAmounts(deployments[cheapest].totalCost, deployments[recommended].totalCost) > 0,
    verdict: decideVerdict(scenario, deployments, recommended),
    breakEvenRecall: breakEvenRecall(scenario),
    breakEvenLoadedShare: {
      singleTierAi: breakEvenLoadedShare('singleTierAi', scenario),
      twoTier: breakEvenLoadedShare('twoTier', scenario),
    },
    timeline: {
      singleTierAi: buildTimeline(monthlyNet(scenario, deployments.allHuman, deployments.singleTierAi)),
      twoTier: buildTimeline(monthlyNet(scenario, deployments.allHuman, deployments.twoTier)),
    },
  };
}
