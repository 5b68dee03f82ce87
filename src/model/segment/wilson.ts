/**
 * How sure a share measured on a sample is: the Wilson score interval, and
 * how many inquiries would narrow it to a given margin.
 *
 * Simplification: the sample is treated as a simple random draw from the
 * firm's inquiries; the last hundred in a row is not quite that (seasons,
 * one bad week), which the page says in words.
 */

/** The normal quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** A closed interval of shares, fractions in [0, 1]. */
export interface ShareInterval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` out of `trials` (no continuity
 * correction); `null` when there are no trials.
 *
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z √(p(1−p)/n + z²/4n²) / (1 + z²/n)
 *
 * @example
 * wilsonInterval(33, 100) // => { low: 0.2456…, high: 0.4269… }
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): ShareInterval | null {
  if (trials <= 0) return null;
  const share = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const centre = (share + zSquared / (2 * trials)) / denominator;
  const halfWidth = wilsonHalfWidth(share, trials, z);
  // At 0 or n successes a bound is exactly 0 or 1; rounding must not move it.
  return {
    low: successes <= 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes >= trials ? 1 : Math.min(1, centre + halfWidth),
  };
}

/**
 * Half the width of the Wilson interval for an observed share on `trials`
 * inquiries, in share units (0.05 = ±5 percentage points).
 *
 * @example
 * wilsonHalfWidth(0.5, 100) // => 0.0943… = z √(0.25·100 + z²/4) / (100 + z²)
 */
export function wilsonHalfWidth(share: number, trials: number, z = Z_95): number {
  const zSquared = z * z;
  return (z * Math.sqrt(trials * share * (1 - share) + zSquared / 4)) / (trials + zSquared);
}

/**
 * The smallest sample whose Wilson interval is no wider than ±`margin`, if the
 * observed share stays at `share`.
 *
 * Squaring half-width ≤ m gives a quadratic in n whose larger root is
 * n* = z² (pq − 2m² + √(p²q² + m²(p − q)²)) / (2m²), with q = 1 − p.
 *
 * @example
 * sampleSizeForMargin(0.5, 0.05) // => 381 (z²/4m² − z² = 380.3, rounded up)
 */
export function sampleSizeForMargin(share: number, margin: number, z = Z_95): number {
  const p = share;
  const q = 1 - share;
  const m2 = margin * margin;
  const root =
    (z * z * (p * q - 2 * m2 + Math.sqrt(p * p * q * q + m2 * (p - q) * (p - q)))) / (2 * m2);
  // The root may land a hair above a whole number through rounding; check the one below.
  const candidate = Math.max(1, Math.ceil(root));
  return candidate > 1 && wilsonHalfWidth(share, candidate - 1, z) <= margin
    ? candidate - 1
    : candidate;
}

/** Margins the advice steps down through, as shares (±10, ±5, ±3, ±2, ±1 points). */
export const ADVICE_MARGINS = [0.1, 0.05, 0.03, 0.02, 0.01] as const;

/** How much more data would narrow a measured share. */
export interface SampleSizeAdvice {
  /** Half-width of the interval now (share units). */
  marginNow: number;
  /** The next margin worth aiming for, the widest of ADVICE_MARGINS below marginNow; null past ±1 point. */
  targetMargin: number | null;
  /** Inquiries in all that would reach targetMargin, if the share holds. */
  sampleSizeNeeded: number | null;
  /** sampleSizeNeeded minus the inquiries already sorted. */
  moreNeeded: number | null;
}

/**
 * The margin a sample gives now and what it would take to reach the next step.
 * With no sample yet the share is taken as 0.5, the widest case.
 *
 * @example
 * adviseSampleSize(33, 100)
 * // => { marginNow: 0.0907…, targetMargin: 0.05, sampleSizeNeeded: 337, moreNeeded: 237 }
 */
export function adviseSampleSize(successes: number, trials: number, z = Z_95): SampleSizeAdvice {
  const share = trials > 0 ? successes / trials : 0.5;
  const marginNow = trials > 0 ? wilsonHalfWidth(share, trials, z) : 0.5;
  const targetMargin = ADVICE_MARGINS.find((margin) => margin < marginNow) ?? null;
  if (targetMargin === null) {
    return { marginNow, targetMargin, sampleSizeNeeded: null, moreNeeded: null };
  }
  const sampleSizeNeeded = sampleSizeForMargin(share, targetMargin, z);
  return {
    marginNow,
    targetMargin,
    sampleSizeNeeded,
    moreNeeded: Math.max(0, sampleSizeNeeded - trials),
  };
}
