/**
 * One deployment's month: workload, operating cost, fumbles, churn and liability
 * (shared/MODEL.md, "For each deployment").
 *
 * Simplification: every fumble is an independent chance of losing a client;
 * two fumbles for the same client are not told apart from fumbles for two.
 */
import type { Scenario } from './schema';
import type { DeploymentId, DeploymentResult } from './types';
import { routeFirstContact, usesAi } from './routing';

/**
 * The figures of one deployment for one month: counts are expected inquiries or
 * clients a month, money is per month in the scenario's currency (`setupCost`
 * once), hours a month, `fte` in full-time people.
 *
 * @example
 * // The UK services firm with every inquiry handled by people:
 * // work units 268 + 132 × 1.5 = 466; 466 × £12 = £5,592 a month;
 * // clients lost 268 × 0.01 × 0.01 + 132 × 0.03 × 0.1 = 0.4228, × £6,000 = £2,536.80.
 * const allHuman = evaluateDeployment('allHuman', UK_SERVICES_FIRM);
 * allHuman.operatingCost // => 5592
 * allHuman.totalCost // => 8128.8
 */
export function evaluateDeployment(deployment: DeploymentId, scenario: Scenario): DeploymentResult {
  const s = scenario;
  const streams = routeFirstContact(deployment, s);
  const humanFirst = streams.humanRoutine + streams.humanLoaded;
  const aiFirst = streams.aiRoutine + streams.aiLoaded;
  const aiShare = s.inquiriesPerMonth > 0 ? aiFirst / s.inquiriesPerMonth : 0;

  const escalatedRoutine = streams.aiRoutine * s.aiEscalationRateRoutine;
  const escalatedLoaded = streams.aiLoaded * s.aiEscalationRateLoaded;
  const escalations = escalatedRoutine + escalatedLoaded;
  const humanWorkload = humanFirst + escalations;

  // A loaded inquiry takes longer: the hard contacts left to people are dearer.
  const workUnits =
    streams.humanRoutine +
    escalatedRoutine +
    (streams.humanLoaded + escalatedLoaded) * s.loadedHandlingMultiplier;
  const assisted = s.humansUseAiAssist;
  const costPerUnit = assisted
    ? s.humanCostPerInquiry * (1 - s.assistTimeSaving)
    : s.humanCostPerInquiry;
  const aiInUse = usesAi(deployment, s);

  const operatingCost =
    workUnits * costPerUnit +
    (assisted ? humanWorkload * s.assistCostPerInquiry : 0) +
    aiFirst * s.aiCostPerInquiry +
    (deployment === 'twoTier' ? s.inquiriesPerMonth * s.triageCostPerInquiry : 0) +
    (aiInUse ? s.aiPlatformPerMonth : 0);
  const setupCost = aiInUse ? s.aiSetupCost : 0;

  const fumbledRoutine =
    streams.humanRoutine * s.fumbleRateHumanRoutine + streams.aiRoutine * s.fumbleRateAiRoutine;
  const fumbledLoaded =
    streams.humanLoaded * s.fumbleRateHumanLoaded + streams.aiLoaded * s.fumbleRateAiLoaded;
  const clientsLost = Math.min(
    s.activeClients,
    fumbledRoutine * s.churnIfFumbledRoutine + fumbledLoaded * s.churnIfFumbledLoaded,
  );
  const churnCost = clientsLost * s.lostClientValue;

  const wrongAnswers = aiFirst * s.wrongAnswerRate;
  const liabilityCost = wrongAnswers * s.costPerWrongAnswer;

  const humanHours =
    ((workUnits * s.minutesPerHumanInquiry) / 60) * (assisted ? 1 - s.assistTimeSaving : 1);

  return {
    humanFirst,
    aiFirst,
    aiShare,
    escalations,
    humanWorkload,
    operatingCost,
    setupCost,
    fumbledRoutine,
    fumbledLoaded,
    clientsLost,
    churnCost,
    wrongAnswers,
    liabilityCost,
    totalCost: operatingCost + churnCost + liabilityCost,
    humanHours,
    fte: humanHours / s.fteHoursPerMonth,
  };
}

/**
 * All three deployments of a scenario, by id (figures as in `evaluateDeployment`).
 *
 * @example
 * const deployments = evaluateDeployments(UK_SERVICES_FIRM);
 * deployments.singleTierAi.totalCost // => 18534.4 (GBP a month)
 * deployments.twoTier.totalCost // => 7744.16
 */
export function evaluateDeployments(scenario: Scenario): Record<DeploymentId, DeploymentResult> {
  return {
    allHuman: evaluateDeployment('allHuman', scenario),
    singleTierAi: evaluateDeployment('singleTierAi', scenario),
    twoTier: evaluateDeployment('twoTier', scenario),
  };
}
