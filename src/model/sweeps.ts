/**
 * Sweeps for the charts: the monthly total of each deployment as one input
 * moves across [0, 1], every other input held at the scenario's value.
 *
 * Simplification: a sweep samples the totals at the points it is given; the
 * totals are piecewise linear (the cap on clients lost bends them), so a chart
 * drawn through 101 points can cut a bend by at most a hundredth of the range.
 * The exact crossings come from breakEven.ts, not from a sweep.
 */
import type { Scenario } from './schema';
import type { DeploymentId } from './types';
import { deploymentIds } from './types';
import { evaluateDeployment } from './evaluateDeployment';

/**
 * `points` evenly spaced fractions from 0 to 1 inclusive (at least two).
 *
 * @example
 * unitSteps(5) // => [0, 0.25, 0.5, 0.75, 1]
 */
export function unitSteps(points: number): number[] {
  const count = Math.max(2, Math.floor(points));
  return Array.from({ length: count }, (_, index) => index / (count - 1));
}

/** 0 %, 1 %, ... 100 %: the grid the charts draw on. */
export const PERCENT_STEPS: readonly number[] = Object.freeze(unitSteps(101));

/** Monthly totals of every deployment at each loaded share. */
export interface LoadedShareSweep {
  /** The loaded shares swept, as given. */
  loadedShare: readonly number[];
  /** `totalCost[d][i]` is deployment d's monthly total at `loadedShare[i]`. */
  totalCost: Record<DeploymentId, number[]>;
}

/**
 * Each deployment's monthly total cost at each loaded share, other inputs held.
 *
 * @example
 * // UK services firm with no loaded inquiries:
 * // all-human 400 x £12 = £4,800 to run + 0.04 clients lost x £6,000 = £5,040;
 * // single-tier 40 hand-ons x £12 + 400 x £0.80 + £300 = £1,100 to run,
 * // + 0.12 clients lost x £6,000 + 0.8 wrong answers x £400 = £2,140.
 * sweepLoadedShare(UK_SERVICES_FIRM, [0]).totalCost
 * // => { allHuman: [5040], singleTierAi: [2140], twoTier: [...] }
 */
export function sweepLoadedShare(
  scenario: Scenario,
  shares: readonly number[] = PERCENT_STEPS,
): LoadedShareSweep {
  // One working copy for the whole sweep: only loadedShare changes.
  const at: Scenario = { ...scenario };
  const totalCost = {} as Record<DeploymentId, number[]>;
  for (const deployment of deploymentIds) {
    const totals = new Array<number>(shares.length);
    for (let index = 0; index < shares.length; index++) {
      at.loadedShare = shares[index];
      totals[index] = evaluateDeployment(deployment, at).totalCost;
    }
    totalCost[deployment] = totals;
  }
  return { loadedShare: shares, totalCost };
}

/** Two-tier's monthly total at each triage recall, and all-human's for reference. */
export interface RecallSweep {
  /** The recalls swept, as given. */
  routerRecall: readonly number[];
  /** `twoTier[i]` is two-tier's monthly total at `routerRecall[i]`. */
  twoTier: number[];
  /** All-human's monthly total: it triages nothing, so recall leaves it unchanged. */
  allHuman: number;
}

/**
 * Two-tier's monthly total cost at each triage recall, other inputs held.
 *
 * @example
 * // UK services firm, a triage that sends no loaded inquiry to a person:
 * // £2,180 to run + 2.71504 clients lost x £6,000 + 0.7464 wrong answers x £400;
 * // all-human: £5,592 to run + 0.4228 clients lost x £6,000.
 * sweepRecall(UK_SERVICES_FIRM, [0])
 * // => { routerRecall: [0], twoTier: [18768.8], allHuman: 8128.8 }
 */
export function sweepRecall(
  scenario: Scenario,
  recalls: readonly number[] = PERCENT_STEPS,
): RecallSweep {
  const at: Scenario = { ...scenario };
  const twoTier = new Array<number>(recalls.length);
  for (let index = 0; index < recalls.length; index++) {
    at.routerRecall = recalls[index];
    twoTier[index] = evaluateDeployment('twoTier', at).totalCost;
  }
  return {
    routerRecall: recalls,
    twoTier,
    allHuman: evaluateDeployment('allHuman', scenario).totalCost,
  };
}
