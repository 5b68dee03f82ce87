/**
 * How firm the answer is without the owner setting a single range: for every
 * numeric input across its plausible range (the owner's "I'm not sure" range
 * where set, otherwise the tornado's default swing), one input at a time,
 * does another deployment become the cheapest in total?
 *
 * The flip points are the exact ones `findThreshold` solves; a change of
 * recommendation at a range's end that the threshold does not name (a tie
 * settled by clients lost) counts too, at that end, so that the answer is
 * never `firm` while a bar of the tornado changes it.
 */
import type { Scenario } from '../schema';
import type { DeploymentId } from '../types';
import { deploymentIds } from '../types';
import { evaluateDeployments } from '../evaluateDeployment';
import { recommend } from '../decision';
import type { NumericField, Range, Ranges } from './ranges';
import { defaultSwing, numericFields } from './ranges';
import { findThreshold, type ThresholdCrossing } from './thresholds';

/** One input whose plausible range holds a change of recommendation. */
export interface FirmnessFlip {
  field: NumericField;
  /** The input's value now, and the range it was tried across, in model units. */
  base: number;
  range: Range;
  /** 'range' when the owner set the range, 'default' for the standard swing. */
  source: 'range' | 'default';
  /** The value at which another deployment becomes the cheapest in total, in model units. */
  value: number;
  /** The deployment cheapest just past `value`. */
  winner: DeploymentId;
  /**
   * How far into its range the flip lies: |value − base| over the distance from
   * the base to that end of the range, 0 (at the value now) to 1 (at the end).
   * The flip with the least reach is the input nearest to changing the answer.
   */
  reach: number;
}

export interface Firmness {
  /** 'close-call' when any input's range changes the recommendation, else 'firm'. */
  level: 'firm' | 'close-call';
  /** The deployment cheapest in total now. */
  recommended: DeploymentId;
  /** Every input whose range changes the recommendation, nearest first. */
  flips: FirmnessFlip[];
  /** Deployments never the cheapest in total anywhere tried, in the model's order. */
  neverCheapest: DeploymentId[];
}

function within(crossing: ThresholdCrossing | null, from: number, to: number): boolean {
  return (
    crossing !== null &&
    crossing.value >= Math.min(from, to) &&
    crossing.value <= Math.max(from, to)
  );
}

/** The nearest flip of one input inside its range, or null when the range holds none. */
function flipOf(
  scenario: Scenario,
  field: NumericField,
  range: Range,
  source: FirmnessFlip['source'],
  recommended: DeploymentId,
): { flip: FirmnessFlip | null; winners: DeploymentId[] } {
  const base = scenario[field];
  // Only crossings inside the range count: searching no further saves most of the work.
  const threshold = findThreshold(scenario, field, range);
  const winnerAt = (value: number) =>
    recommend(evaluateDeployments({ ...scenario, [field]: value }));
  const candidates: FirmnessFlip[] = [];
  const winners: DeploymentId[] = [];
  for (const [side, end] of [
    ['below', range.low],
    ['above', range.high],
  ] as const) {
    const span = Math.abs(end - base);
    const crossing = threshold[side];
    const atEnd = winnerAt(end);
    if (atEnd !== recommended) winners.push(atEnd);
    const found: ThresholdCrossing | null = within(crossing, base, end)
      ? crossing
      : atEnd !== recommended
        ? { value: end, winner: atEnd }
        : null;
    if (!found) continue;
    winners.push(found.winner);
    const reach = span === 0 ? 0 : Math.abs(found.value - base) / span;
    candidates.push({
      field,
      base,
      range,
      source,
      value: found.value,
      winner: found.winner,
      reach,
    });
  }
  candidates.sort((a, b) => a.reach - b.reach);
  return { flip: candidates[0] ?? null, winners };
}

/**
 * How firm the recommendation is across each input's plausible range, one
 * input at a time. Ranges are taken as given: validate them first.
 *
 * @example
 * // UK firm: two-tier leads all-human by £384.64 a month; a lost client worth £7,411.90
 * // instead of £6,000 makes all-human the cheaper (see the test for the arithmetic),
 * // well inside the default swing of £4,500 to £7,500.
 * firmness(UK_SERVICES_FIRM).level // => 'close-call'
 */
export function firmness(scenario: Scenario, ranges: Ranges = {}): Firmness {
  const recommended = recommend(evaluateDeployments(scenario));
  const flips: FirmnessFlip[] = [];
  const everWins = new Set<DeploymentId>([recommended]);
  for (const field of numericFields) {
    const given = ranges[field];
    const range = given ?? defaultSwing(field, scenario[field]);
    const { flip, winners } = flipOf(
      scenario,
      field,
      range,
      given ? 'range' : 'default',
      recommended,
    );
    for (const winner of winners) everWins.add(winner);
    if (flip) flips.push(flip);
  }
  // Array.prototype.sort is stable: equal reaches keep the schema's order.
  flips.sort((a, b) => a.reach - b.reach);
  return {
    level: flips.length > 0 ? 'close-call' : 'firm',
    recommended,
    flips,
    neverCheapest: deploymentIds.filter((id) => !everWins.has(id)),
  };
}
