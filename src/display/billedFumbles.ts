/**
 * What billing per resolution costs in fumbles: a client who gives up after a
 * badly handled conversation is counted as resolved, so the vendor bills it.
 * The sentence names how many such conversations a month are billed and what
 * they cost: what the month's bill would drop by if they were not billed. Only
 * billed units beyond the allowance cost anything, so fumbles inside the
 * allowance cost nothing extra.
 */
import { aiDeploymentIds, type AiDeploymentId, type Evaluation, type Scenario } from '../model';
import { formatMoney, formatQuantity } from './format';
import { chosenDeployment } from './verdictText';

/** The billed fumbles of one AI deployment, and the sentence about them. */
export interface BilledFumbles {
  deployment: AiDeploymentId;
  /** Badly handled AI conversations billed as resolved, a month. */
  count: number;
  /** Of those, how many fall beyond the allowance (the only ones that cost). */
  charged: number;
  /** What they add to the month's bill, in the scenario's currency. */
  cost: number;
  text: string;
}

/** The AI deployment the sentence is about: the chosen one, or else the AI option with the lower total. */
function aiDeploymentFor(evaluation: Evaluation): AiDeploymentId {
  const chosen = chosenDeployment(evaluation);
  if (chosen !== 'allHuman') return chosen;
  const [first, second] = aiDeploymentIds;
  const { deployments } = evaluation;
  return deployments[second].totalCost < deployments[first].totalCost ? second : first;
}

/**
 * Under billing per resolution, the AI's badly handled conversations billed as
 * resolved and what they cost; null when the AI is billed per inquiry, or
 * none are billed.
 *
 * @example
 * // UK firm billed per resolution with 100 included: two-tier bills 225 resolutions,
 * // 8.0964 of them fumbles; 225 − 100 = 125 are charged, so all 8.0964 cost £0.80 each.
 * billedFumbles({ ...UK_SERVICES_FIRM, aiBilling: 'perResolution', aiIncludedPerMonth: 100 }, evaluation)
 * // => { deployment: 'twoTier', count: 8.0964, charged: 8.0964, cost: 6.47712, text: 'About 8.1 … about £6.48 a month, at £0.80 each.' }
 */
export function billedFumbles(scenario: Scenario, evaluation: Evaluation): BilledFumbles | null {
  if (scenario.aiBilling !== 'perResolution') return null;
  const deployment = aiDeploymentFor(evaluation);
  const { aiBillable, aiBilledFumbles: count } = evaluation.deployments[deployment];
  if (count <= 0) return null;
  const beyondAllowance = Math.max(0, aiBillable - scenario.aiIncludedPerMonth);
  // Without the fumbles the bill would count `count` fewer units: it drops by
  // those of them that were beyond the allowance.
  const charged = Math.min(count, beyondAllowance);
  const cost = charged * scenario.aiCostPerInquiry;
  const money = (value: number) => formatMoney(value, scenario.currency);
  const billed = `About ${formatQuantity(count)} conversations a month that the AI handled badly are billed as resolved`;
  const included = `the first ${formatQuantity(scenario.aiIncludedPerMonth)} billed a month are included`;
  let text: string;
  if (charged === count) {
    text = `${billed}: about ${money(cost)} a month, at ${money(scenario.aiCostPerInquiry)} each.`;
  } else if (charged === 0) {
    text = `${billed}, but ${included}, so they cost nothing extra.`;
  } else {
    text =
      `${billed}. Without them the bill would be about ${money(cost)} a month lower: ${included}, ` +
      `and only ${formatQuantity(charged)} of them fall beyond that.`;
  }
  return { deployment, count, charged, cost, text };
}
