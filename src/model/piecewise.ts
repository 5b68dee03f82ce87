/**
 * Exact crossings of the model's totals along one input, other inputs held.
 *
 * Each deployment's total is linear in any single numeric input: the model
 * multiplies inputs together (volume × share × rate × cost), but never an
 * input by itself. Two things bend it: the cap on clients lost,
 * min(activeClients, uncapped clients lost), and the AI's allowance,
 * max(0, aiBillable − aiIncludedPerMonth). So a total along one input is
 * linear on each piece between at most two kinks, and a gap between two
 * deployments between at most four. Solving each linear piece in closed form
 * gives the crossings exactly; scanning the pieces in order gives the first
 * one. (Used by the break-even points and by "what would have to be true".)
 */
import type { Scenario } from './schema';
import type { DeploymentId } from './types';
import type { NumericField } from './uncertainty/ranges';
import { evaluateDeployment } from './evaluateDeployment';

/** [x] when x lies strictly between lower and upper, else []. */
function strictlyBetween(x: number, lower: number, upper: number): number[] {
  return x > lower && x < upper ? [x] : [];
}

/**
 * Where the straight line `line` reaches `level`, strictly between `lower`
 * and `upper` (upper may be Infinity): at most one value.
 */
function whereLineReaches(
  line: (x: number) => number,
  level: number,
  lower: number,
  upper: number,
): number[] {
  const x0 = lower;
  const x1 = Number.isFinite(upper) ? upper : lower + 1;
  const at0 = line(x0);
  const slope = (line(x1) - at0) / (x1 - x0);
  if (slope === 0) return [];
  return strictlyBetween(x0 + (level - at0) / slope, lower, upper);
}

/**
 * Where `quantity` (a straight line along `field`) meets the scenario's
 * `bound`, strictly between `lower` and `upper`: the bend of a min or max.
 */
function whereQuantityMeetsBound(
  quantity: (at: Scenario) => number,
  bound: 'activeClients' | 'aiIncludedPerMonth',
  scenario: Scenario,
  field: NumericField,
  lower: number,
  upper: number,
): number[] {
  const along = (x: number) => quantity({ ...scenario, [field]: x });
  // Along the bound itself, the bend is where it meets the quantity.
  if (field === bound) return strictlyBetween(along(scenario[bound]), lower, upper);
  return whereLineReaches(along, scenario[bound], lower, upper);
}

/**
 * The values of `field` strictly between `lower` and `upper` (upper may be
 * Infinity) where the deployment's clients lost reaches the client base, so
 * that its total bends; at most one.
 *
 * @example
 * // UK firm with 10 clients, single-tier: uncapped clients lost 0.0804 + 26.4 c along the
 * // churn after a fumbled loaded inquiry c, which reaches 10 at c = 9.9196 / 26.4
 * capKinks('singleTierAi', { ...UK_SERVICES_FIRM, activeClients: 10 }, 'churnIfFumbledLoaded', 0, 1)
 * // => [0.37574…]
 */
export function capKinks(
  deployment: DeploymentId,
  scenario: Scenario,
  field: NumericField,
  lower: number,
  upper: number,
): number[] {
  // Infinity lifts the cap, leaving the straight line that the cap bends.
  const uncapped = (at: Scenario) =>
    evaluateDeployment(deployment, { ...at, activeClients: Infinity }).clientsLost;
  return whereQuantityMeetsBound(uncapped, 'activeClients', scenario, field, lower, upper);
}

/**
 * The values of `field` strictly between `lower` and `upper` (upper may be
 * Infinity) where the units the AI vendor bills reach the allowance included
 * in the platform fee, so that the deployment's AI use starts or stops
 * costing, and its total bends; at most one.
 *
 * @example
 * // UK firm, single-tier bills every one of the V inquiries a month: with 100 included,
 * // AI use costs nothing up to V = 100 and £0.80 an inquiry beyond.
 * allowanceKinks('singleTierAi', { ...UK_SERVICES_FIRM, aiIncludedPerMonth: 100 }, 'inquiriesPerMonth', 0, Infinity)
 * // => [100]
 * // Along the allowance itself, the bend is at the 400 units billed.
 * allowanceKinks('singleTierAi', UK_SERVICES_FIRM, 'aiIncludedPerMonth', 0, Infinity) // => [400]
 */
export function allowanceKinks(
  deployment: DeploymentId,
  scenario: Scenario,
  field: NumericField,
  lower: number,
  upper: number,
): number[] {
  const billed = (at: Scenario) => evaluateDeployment(deployment, at).aiBillable;
  return whereQuantityMeetsBound(billed, 'aiIncludedPerMonth', scenario, field, lower, upper);
}

/**
 * Every value of `field` strictly between `lower` and `upper` where the
 * deployment's total bends: the cap on clients lost and the AI's allowance.
 *
 * @example
 * totalKinks('singleTierAi', { ...UK_SERVICES_FIRM, aiIncludedPerMonth: 100 }, 'inquiriesPerMonth', 0, Infinity)
 * // => [29407.44…, 100]: 0.006801 clients lost an inquiry reach all 200 at 200 / 0.006801
 */
export function totalKinks(
  deployment: DeploymentId,
  scenario: Scenario,
  field: NumericField,
  lower: number,
  upper: number,
): number[] {
  return [
    ...capKinks(deployment, scenario, field, lower, upper),
    ...allowanceKinks(deployment, scenario, field, lower, upper),
  ];
}

/**
 * The path from `start` to `end` through the breakpoints that lie between
 * them, in the order it is walked (start may be above end).
 *
 * @example
 * pathThrough(0, 1, [0.7, 0.2, 1.5]) // => [0, 0.2, 0.7, 1]
 * pathThrough(0.5, 0, [0.7, 0.2]) // => [0.5, 0.2, 0]
 */
export function pathThrough(start: number, end: number, breakpoints: readonly number[]): number[] {
  const ascending = end >= start;
  const between = breakpoints
    .filter((x) => (ascending ? x > start && x < end : x < start && x > end))
    .sort((a, b) => (ascending ? a - b : b - a));
  return [start, ...between, end];
}

/**
 * Walking along `path`, the first x at which `holds(gap(x))`, given that gap is
 * linear between consecutive points of the path; null when there is none. On
 * the piece where the condition first holds, the crossing is where gap reaches
 * 0 (for a strict condition such as gap > 0, its infimum).
 *
 * @example
 * firstCrossing((x) => 3 - 4 * x, [0, 1], (g) => g <= 0) // => 0.75
 * firstCrossing((x) => 3 - 4 * x, [1, 0.5, 0], (g) => g > 0) // => 0.75, walking down from 1
 * firstCrossing((x) => 1 + x, [0, 1], (g) => g <= 0) // => null
 */
export function firstCrossing(
  gap: (x: number) => number,
  path: readonly number[],
  holds: (gap: number) => boolean,
): number | null {
  let a = path[0];
  let ga = gap(a);
  if (holds(ga)) return a;
  for (const b of path.slice(1)) {
    const gb = gap(b);
    if (holds(gb)) {
      // gap is linear on [a, b]: the crossing is where it reaches 0.
      const root = a + ((b - a) * ga) / (ga - gb);
      return Math.min(Math.max(a, b), Math.max(Math.min(a, b), root));
    }
    a = b;
    ga = gb;
  }
  return null;
}
