/**
 * The shapes `evaluate` returns, as fixed by docs/model.md.
 * All money is per month in the scenario's currency unless a name says otherwise.
 */

/**
 * The three ways to staff first contact, in the model's tie-break order.
 *
 * @example
 * deploymentIds // => ['allHuman', 'singleTierAi', 'twoTier']
 */
export const deploymentIds = ['allHuman', 'singleTierAi', 'twoTier'] as const;
/** One of `deploymentIds`: 'allHuman' (baseline), 'singleTierAi' (AI takes everything), 'twoTier' (triage first). */
export type DeploymentId = (typeof deploymentIds)[number];
/** The deployments that put AI at first contact, compared with all-human. */
export type AiDeploymentId = Exclude<DeploymentId, 'allHuman'>;
/**
 * The deployments with break-even points and a timeline.
 *
 * @example
 * aiDeploymentIds // => ['singleTierAi', 'twoTier']
 */
export const aiDeploymentIds = ['singleTierAi', 'twoTier'] as const satisfies readonly AiDeploymentId[];

/**
 * Every verdict the decision can reach: a deployment, or advice to sort the
 * inquiries first, or to hold because loaded inquiries dominate.
 *
 * @example
 * verdictIds.length // => 5
 */
export const verdictIds = [
  'allHuman',
  'singleTierAi',
  'twoTier',
  'segment-first',
  'hold-mix-dominated',
] as const;
/** One of `verdictIds`. */
export type VerdictId = (typeof verdictIds)[number];

/**
 * The figures of one deployment for one month. Counts are expected values a
 * month (fractional); money is per month in the scenario's currency except
 * `setupCost`, paid once.
 *
 * @example
 * // UK firm, two-tier: 145.6 inquiries to people first, 254.4 to the AI (63.6 %),
 * // £3,368 to run, 0.69544 clients lost (£4,172.64), 0.5088 wrong answers (£203.52).
 * evaluateDeployment('twoTier', UK_SERVICES_FIRM).totalCost // => 7744.16
 */
export interface DeploymentResult {
  /** Inquiries a person takes at first contact. */
  humanFirst: number;
  /** Inquiries the AI takes at first contact. */
  aiFirst: number;
  /** aiFirst / inquiriesPerMonth (0 when there are no inquiries). */
  aiShare: number;
  /** AI-taken inquiries handed on to a person. */
  escalations: number;
  /** Inquiries a person touches: humanFirst + escalations. */
  humanWorkload: number;
  /**
   * Units the AI vendor bills a month: aiFirst per inquiry, or per resolution
   * the AI-taken inquiries not handed on. Those beyond aiIncludedPerMonth cost
   * aiCostPerInquiry each.
   */
  aiBillable: number;
  /** Badly handled AI conversations a month among the billed units (the fumbles the firm pays for). */
  aiBilledFumbles: number;
  /** Money a month: people, assistant, AI use beyond the allowance, triage and platform. */
  operatingCost: number;
  /** One-off money, paid in month 1; not in monthly totals. */
  setupCost: number;
  /** Routine inquiries a month that go badly for the client. */
  fumbledRoutine: number;
  /** Loaded inquiries a month that go badly for the client. */
  fumbledLoaded: number;
  /** Clients expected to leave because of this month's fumbles (capped at activeClients). */
  clientsLost: number;
  /** Money a month: clientsLost × lostClientValue. */
  churnCost: number;
  /** AI answers a month the firm must honour. */
  wrongAnswers: number;
  /** Money a month: wrongAnswers × costPerWrongAnswer. */
  liabilityCost: number;
  /** Money a month: operatingCost + churnCost + liabilityCost. */
  totalCost: number;
  /** Hours of people's time a month. */
  humanHours: number;
  /** Full-time people: humanHours / fteHoursPerMonth. */
  fte: number;
}

/**
 * An AI deployment's gain over all-human, month by month.
 *
 * @example
 * // UK firm, two-tier: −£2,979.52, −£959.04, £1,061.44, then £384.64 more each month.
 * evaluate(UK_SERVICES_FIRM).timeline.twoTier.paybackMonth // => 3
 */
export interface DeploymentTimeline {
  /** Running sum of the monthly net gain over allHuman (money); index 0 is month 1. */
  cumulativeNet: number[];
  /** First month from which cumulativeNet stays >= 0 to the horizon; null when none. */
  paybackMonth: number | null;
}

/**
 * Everything `evaluate` says about one scenario (docs/model.md, "The module's face").
 *
 * @example
 * const result = evaluate(UK_SERVICES_FIRM);
 * result.verdict // => 'twoTier'
 * result.breakEvenLoadedShare.singleTierAi // => 0.071924…
 */
export interface Evaluation {
  deployments: Record<DeploymentId, DeploymentResult>;
  /** Lowest totalCost; ties to fewer clientsLost, then the order of `deploymentIds`. */
  recommended: DeploymentId;
  /** Lowest operatingCost; ties to the order of `deploymentIds`. */
  cheapestToRun: DeploymentId;
  /** True when cheapestToRun's totalCost is above recommended's. */
  costOnlyTrap: boolean;
  verdict: VerdictId;
  /** Smallest routerRecall (fraction) at which twoTier's total is at most allHuman's; null if none. */
  breakEvenRecall: number | null;
  /** Smallest loadedShare (fraction) at which each AI deployment's total exceeds allHuman's; null if none. */
  breakEvenLoadedShare: Record<AiDeploymentId, number | null>;
  timeline: Record<AiDeploymentId, DeploymentTimeline>;
}
