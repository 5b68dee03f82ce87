/**
 * The shapes `evaluate` returns, as fixed by shared/MODEL.md.
 * All money is per month in the scenario's currency unless a name says otherwise.
 */

export const deploymentIds = ['allHuman', 'singleTierAi', 'twoTier'] as const;
/** The three ways to staff first contact, in the model's tie-break order. */
export type DeploymentId = (typeof deploymentIds)[number];
export type AiDeploymentId = Exclude<DeploymentId, 'allHuman'>;
export const aiDeploymentIds = ['singleTierAi', 'twoTier'] as const satisfies readonly AiDeploymentId[];

export const verdictIds = [
  'allHuman',
  'singleTierAi',
  'twoTier',
  'segment-first',
  'hold-mix-dominated',
] as const;
export type VerdictId = (typeof verdictIds)[number];

/** The figures of one deployment for one month. */
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
  operatingCost: number;
  /** One-off, paid in month 1; not in monthly totals. */
  setupCost: number;
  fumbledRoutine: number;
  fumbledLoaded: number;
  /** Clients expected to leave because of this month's fumbles (capped at activeClients). */
  clientsLost: number;
  churnCost: number;
  /** AI answers a month the firm must honour. */
  wrongAnswers: number;
  liabilityCost: number;
  /** operatingCost + churnCost + liabilityCost. */
  totalCost: number;
  humanHours: number;
  fte: number;
}

export interface DeploymentTimeline {
  /** Running sum of the monthly net gain over allHuman; index 0 is month 1. */
  cumulativeNet: number[];
  /** First month from which cumulativeNet stays >= 0 to the horizon; null when none. */
  paybackMonth: number | null;
}

export interface Evaluation {
  deployments: Record<DeploymentId, DeploymentResult>;
  recommended: DeploymentId;
  cheapestToRun: DeploymentId;
  costOnlyTrap: boolean;
  verdict: VerdictId;
  breakEvenRecall: number | null;
  breakEvenLoadedShare: Record<AiDeploymentId, number | null>;
  timeline: Record<AiDeploymentId, DeploymentTimeline>;
}
