/**
 * The money scale of the month-by-month chart. The decision it shows is
 * two-tier against all people, so two-tier's whole path and zero always fit,
 * with room below for as much again; when single-tier falls further than that
 * (its lost clients can cost far more than two-tier ever gains or loses), its
 * line leaves the bottom of the chart instead of flattening the other, and the
 * chart says from which month and how low it goes.
 */
import type { Evaluation } from '../model';

/** Single-tier's fall past the bottom of the scale: from which month, and its lowest point. */
export interface OffScale {
  /** The bottom of the scale (money, negative). */
  floor: number;
  /** The first month single-tier's running total is below the floor. */
  month: number;
  lowest: number;
  lowestMonth: number;
}

/** Ticks a scale is divided into, about. */
const TICKS = 6;

/**
 * The smallest of 1, 2 or 5 times a power of ten that is at least `value` (> 0).
 *
 * @example
 * niceStep(4039) // => 5000
 */
export function niceStep(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= value)!;
}

/**
 * Where the scale stops and what it leaves out; null when every line fits.
 *
 * @example
 * // UK services firm: two-tier runs from −£2,979.52 (month 1) to £9,138.88 (month 24), a span
 * // of £12,118.40, so the scale may go £12,118.40 lower: −£15,097.92, down to a tick of £5,000
 * // (a sixth of £24,236.80 rounded up): −£20,000. Single-tier passes it in month 6 (−£26,076.80).
 * paybackOffScale(evaluate(UK_SERVICES_FIRM))
 * // => { floor: -20000, month: 6, lowest: -213377.6, lowestMonth: 24 }
 */
export function paybackOffScale(evaluation: Evaluation): OffScale | null {
  const twoTier = evaluation.timeline.twoTier.cumulativeNet;
  const single = evaluation.timeline.singleTierAi.cumulativeNet;
  const top = Math.max(0, ...twoTier, ...single);
  const low = Math.min(0, ...twoTier);
  const span = top - low;
  if (span <= 0) return null;
  const step = niceStep((top - (low - span)) / TICKS);
  const floor = Math.floor((low - span) / step) * step;
  const lowest = Math.min(...single);
  if (lowest >= floor) return null;
  return {
    floor,
    month: single.findIndex((value) => value < floor) + 1,
    lowest,
    lowestMonth: single.indexOf(lowest) + 1,
  };
}
