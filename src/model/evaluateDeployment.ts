/**
 * One deployment's month: workload, what the AI vendor bills, operating cost,
 * fumbles, churn and liability (the methodology page, "For each deployment").
 *
 * Simplifications: every fumble is an independent chance of losing a client;
 * two fumbles for the same client are not told apart from fumbles for two.
 * A fumble is as likely in an AI conversation handed on to a person as in one
 * that is not, so billing per resolution bills fumbles in proportion.
 */
import type { Scenario } from './schema';
import type { DeploymentId, DeploymentResult } from './types';
import { routeFirstContact, usesAi } from './routing';

/**
 * The figures of one deployment for one month: counts are expected inquiries or
 * clients a month, money is per month in the scenario's currency (`setupCost`
 * once), hours a month, `fte` in full-time people.
 *
 * `rampShare` (a fraction in (0, 1], 1 by default: the steady state) is the
 * share of the month's inquiries routed the deployment's own way while the AI
 * ramps up (see `routeFirstContact`); triage sorts only those. The platform
 * fee and the allowance apply in full whatever the share.
 *
 * @example
 * // The UK services firm with every inquiry handled by people:
 * // work units 268 + 132 × 1.5 = 466; 466 × £12 = £5,592 a month;
 * // clients lost 268 × 0.01 × 0.01 + 132 × 0.03 × 0.1 = 0.4228, × £6,000 = £2,536.80.
 * const allHuman = evaluateDeployment('allHuman', UK_SERVICES_FIRM);
 * allHuman.operatingCost // => 5592
 * allHuman.totalCost // => 8128.8
 * // Two-tier billed per resolution, 100 included: 241.2 × 0.9 + 13.2 × 0.6 = 225 billed,
 * // (225 − 100) × £0.80 = £100 for the AI's use; of them 217.08 × 0.03 + 7.92 × 0.2 = 8.0964 went badly.
 * const billed = evaluateDeployment('twoTier', { ...UK_SERVICES_FIRM, aiBilling: 'perResolution', aiIncludedPerMonth: 100 });
 * billed.aiBillable // => 225
 * billed.aiBilledFumbles // => 8.0964
 * billed.operatingCost // => 3264.48 (£3,368 − £203.52 + £100)
 */
export function evaluateDeployment(
  deployment: DeploymentId,
  scenario: Scenario,
  rampShare = 1,
): DeploymentResult {
  const s = scenario;
  const streams = routeFirstContact(deployment, s, rampShare);
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

  // Billed per resolution, an AI conversation counts unless it was handed on,
  // however it went for the client: the firm pays for its fumbles too.
  const perResolution = s.aiBilling === 'perResolution';
  const billedRoutine = perResolution ? 1 - s.aiEscalationRateRoutine : 1;
  const billedLoaded = perResolution ? 1 - s.aiEscalationRateLoaded : 1;
  const aiBillable = streams.aiRoutine * billedRoutine + streams.aiLoaded * billedLoaded;
  const aiBilledFumbles =
    streams.aiRoutine * billedRoutine * s.fumbleRateAiRoutine +
    streams.aiLoaded * billedLoaded * s.fumbleRateAiLoaded;
  const aiUsageCost = Math.max(0, aiBillable - s.aiIncludedPerMonth) * s.aiCostPerInquiry;

  const operatingCost =
    workUnits * costPerUnit +
    (assisted ? humanWorkload * s.assistCostPerInquiry : 0) +
    aiUsageCost +
    (deployment === 'twoTier' ? rampShare * s.inquiriesPerMonth * s.triageCostPerInquiry : 0) +
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
    aiBillable,
    aiBilledFumbles,
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
