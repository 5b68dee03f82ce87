/**
 * The whole model for one scenario: three deployments, the decision, the
 * break-even points and the timeline (shared/MODEL.md).
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
 * Evaluates a scenario.
 *
 * @example
 * const result = evaluate(UK_SERVICES_FIRM);
 * result.recommended // => 'twoTier'
 * result.costOnlyTrap // => true: single-tier is cheapest to run, dearer in total
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
