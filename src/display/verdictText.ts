/**
 * The verdict in words: which way to go and why, the cost-only trap in money,
 * the AI's wrong answers the firm must stand behind, and what would change the
 * answer. Pure functions of a scenario and its evaluation; the figures come from
 * the model, these only choose words and format.
 */
import {
  compareAmounts,
  evaluateDeployment,
  type AiDeploymentId,
  type DeploymentId,
  type Evaluation,
  type Scenario,
} from '../model';
import { formatMoney, formatQuantity, formatShare } from './format';
import { formatFieldValue } from './fieldValue';
import { deploymentLabels } from './labels';

/** The sentences the page shows at the top of the results. */
export interface VerdictText {
  /** One sentence naming the choice and why. */
  headline: string;
  /** When the cheapest-to-run option costs more in total: both amounts in money. */
  trap: string | null;
  /** Expected AI wrong answers a month the firm must honour. */
  liability: string;
  /** The break-even points: what would change the answer. */
  change: string;
}

const MOFFATT = 'Moffatt v. Air Canada, 2024 BCCRT 149';

/**
 * What to run now: the one deployment the headline names, the figures table
 * marks and the page publishes as `decision.now`. Hold and segment-first keep
 * people on every inquiry, whatever is cheapest on paper.
 */
export function chosenDeployment(evaluation: Evaluation): DeploymentId {
  const { verdict } = evaluation;
  return verdict === 'hold-mix-dominated' || verdict === 'segment-first' ? 'allHuman' : verdict;
}

/** All the verdict's sentences for a scenario and its evaluation. */
export function buildVerdictText(scenario: Scenario, evaluation: Evaluation): VerdictText {
  return {
    headline: verdictHeadline(scenario, evaluation),
    trap: trapSentence(scenario, evaluation),
    liability: liabilitySentence(scenario, evaluation),
    change: changeSentence(scenario, evaluation),
  };
}

/** The deployment with the next-lowest total after `id`. */
function runnerUp(evaluation: Evaluation, id: DeploymentId): DeploymentId {
  const others = (Object.keys(evaluation.deployments) as DeploymentId[]).filter((d) => d !== id);
  return others.reduce((best, d) =>
    evaluation.deployments[d].totalCost < evaluation.deployments[best].totalCost ? d : best,
  );
}

function lower(id: DeploymentId): string {
  return id === 'allHuman' ? 'keeping people on every inquiry' : deploymentLabels[id].inSentence;
}

/**
 * When the deployment run now pays back its setup against all people, as a
 * sentence opening with a space; empty for all people, which has none.
 *
 * @example
 * // UK firm, two-tier: cumulative gain −£2,979.52, −£959.04, £1,061.44, …
 * paybackSentence(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM), 'twoTier')
 * // => ' It pays back its £5,000 setup in month 3.'
 */
export function paybackSentence(
  scenario: Scenario,
  evaluation: Evaluation,
  id: DeploymentId,
): string {
  if (id === 'allHuman') return '';
  const setup = formatMoney(evaluation.deployments[id].setupCost, scenario.currency);
  const month = evaluation.timeline[id].paybackMonth;
  const horizon = formatFieldValue('horizonMonths', scenario.horizonMonths, { withUnit: true });
  if (month === null) {
    return ` It does not pay back its ${setup} setup within the ${horizon} shown.`;
  }
  return ` It pays back its ${setup} setup in month ${month}.`;
}

/** The saving on paper of the cheapest deployment over all people, when it is not all people. */
function onPaper(scenario: Scenario, evaluation: Evaluation): string {
  const { recommended, deployments } = evaluation;
  if (recommended === 'allHuman') return '';
  const saving = deployments.allHuman.totalCost - deployments[recommended].totalCost;
  return (
    ` On paper ${deploymentLabels[recommended].inSentence} would cost ` +
    `${formatMoney(saving, scenario.currency)} a month less, but that saving rests on an AI ` +
    `handling clients who mostly want to be heard.`
  );
}

/**
 * One instruction naming what to run now and why, with its setup's payback,
 * for every verdict id.
 *
 * @example
 * verdictHeadline(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM))
 * // => 'Go two-tier: … At £7,744 a month all in, it is £385 cheaper than keeping people on every inquiry, … It pays back its £5,000 setup in month 3.'
 */
export function verdictHeadline(scenario: Scenario, evaluation: Evaluation): string {
  const money = (value: number) => formatMoney(value, scenario.currency);
  const { deployments } = evaluation;
  const verdict = evaluation.verdict;

  if (verdict === 'hold-mix-dominated') {
    return (
      `Keep people on every inquiry for now: ${formatShare(scenario.loadedShare)} of your ` +
      `inquiries are loaded, more than half, so most clients who get in touch need to be heard ` +
      `by a person, and an AI in front of them would mostly be passing them on.` +
      onPaper(scenario, evaluation)
    );
  }
  if (verdict === 'segment-first') {
    const perfect = evaluateDeployment('twoTier', {
      ...scenario,
      routerRecall: 1,
      routerFalseAlarmRate: 0,
    });
    const allHuman = deployments.allHuman.totalCost;
    const recall = evaluation.breakEvenRecall;
    const pays =
      recall === null
        ? 'it pays only once the sorting also sends fewer routine inquiries to a person'
        : `it pays once the sorting catches at least ${formatShare(recall)} of loaded inquiries ` +
          `(you assume ${formatShare(scenario.routerRecall)})`;
    return (
      `Keep people on every inquiry for now, and measure how well your inquiries sort before ` +
      `you buy an AI. With your sorting, two-tier would cost ` +
      `${money(deployments.twoTier.totalCost - allHuman)} a month more; sorting that caught every ` +
      `loaded inquiry would save ${money(allHuman - perfect.totalCost)} a month, and ${pays}.`
    );
  }

  const chosen = deployments[verdict];
  const next = runnerUp(evaluation, verdict);
  const gap = deployments[next].totalCost - chosen.totalCost;
  const comparison =
    compareAmounts(deployments[next].totalCost, chosen.totalCost) > 0
      ? `it is ${money(gap)} cheaper than ${lower(next)}`
      : `it costs the same as ${lower(next)}`;
  const allIn = `At ${money(chosen.totalCost)} a month all in, ${comparison}`;
  const runsCheaper = chosen.operatingCost < deployments[next].operatingCost;
  const payback = paybackSentence(scenario, evaluation, verdict);

  if (verdict === 'twoTier') {
    const why =
      next === 'singleTierAi'
        ? 'because people still take the loaded inquiries whose bad handling loses clients'
        : 'because the AI’s saving on routine inquiries outweighs what sorting and its mistakes cost';
    return `Go two-tier: let the AI answer routine inquiries and pass the loaded ones to a person. ${allIn}, ${why}.${payback}`;
  }
  if (verdict === 'singleTierAi') {
    const why = runsCheaper
      ? 'because its saving on running costs outweighs the clients it loses by handling inquiries badly'
      : 'because it loses fewer clients and gives fewer wrong answers than the alternatives';
    return `Let the AI take every inquiry first. ${allIn}, ${why}.${payback}`;
  }
  const why = runsCheaper
    ? 'because an AI would cost more to run here, not less'
    : 'because the AI’s saving on running costs does not cover the clients it would lose and the wrong answers it would give';
  return `Keep people on every inquiry. ${allIn}, ${why}.`;
}

/**
 * When the cheapest-to-run option costs more in total, how much it saves on
 * operating cost and how much more it costs in total; null otherwise.
 */
export function trapSentence(scenario: Scenario, evaluation: Evaluation): string | null {
  if (!evaluation.costOnlyTrap) return null;
  const money = (value: number) => formatMoney(value, scenario.currency);
  const cheap = evaluation.deployments[evaluation.cheapestToRun];
  const best = evaluation.deployments[evaluation.recommended];
  return (
    `${deploymentLabels[evaluation.cheapestToRun].name} is the cheapest to run: it saves ` +
    `${money(best.operatingCost - cheap.operatingCost)} a month on operating cost against ` +
    `${lower(evaluation.recommended)}, but costs ${money(cheap.totalCost - best.totalCost)} a month ` +
    `more in total once lost clients and wrong answers are counted.`
  );
}

/** The AI's expected wrong answers a month that the firm must honour. */
export function liabilitySentence(scenario: Scenario, evaluation: Evaluation): string {
  const chosen = chosenDeployment(evaluation);
  const result = evaluation.deployments[chosen];
  if (result.aiFirst > 0) {
    return (
      `Expect about ${formatQuantity(result.wrongAnswers)} AI wrong answers a month that the firm ` +
      `must stand behind, about ${formatMoney(result.liabilityCost, scenario.currency)} a month: a firm ` +
      `answers for what its AI tells clients (${MOFFATT}).`
    );
  }
  const { singleTierAi, twoTier } = evaluation.deployments;
  return (
    `With people answering first, no AI speaks in the firm’s name; single-tier would give about ` +
    `${formatQuantity(singleTierAi.wrongAnswers)} wrong answers a month and two-tier about ` +
    `${formatQuantity(twoTier.wrongAnswers)}, each one the firm’s to honour (${MOFFATT}).`
  );
}

/** What would change the answer: the break-even triage recall and loaded shares. */
export function changeSentence(scenario: Scenario, evaluation: Evaluation): string {
  const recall = evaluation.breakEvenRecall;
  const yours = formatShare(scenario.routerRecall);
  const recallPart =
    recall === null
      ? `No triage, however good at spotting loaded inquiries, makes two-tier cheaper than all people (yours catches ${yours})`
      : recall === 0
        ? 'Two-tier is cheaper than all people even with triage that catches no loaded inquiries'
        : `Two-tier is cheaper than all people once triage catches at least ${formatShare(recall)} of loaded inquiries (yours catches ${yours})`;
  const clauses = (['twoTier', 'singleTierAi'] as const satisfies AiDeploymentId[]).map((id) => {
    const share = evaluation.breakEvenLoadedShare[id];
    const at =
      share === null
        ? 'none, never dearer'
        : share === 0
          ? '0%, dearer at any share'
          : formatShare(share);
    return `${deploymentLabels[id].inSentence} ${at}`;
  });
  return (
    `${recallPart}. Loaded share above which each AI option costs more than all people: ` +
    `${clauses.join('; ')}; yours is ${formatShare(scenario.loadedShare)}.`
  );
}
