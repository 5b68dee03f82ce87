/**
 * A brute-force check for break-even points: scan [0, 1] on a fine grid for
 * the first point where a condition holds, then bisect the bracket. Slow and
 * simple on purpose, so that it can judge the exact piece-by-piece solver.
 */

/** Grid points scanned across [0, 1]. */
export const SCAN_STEPS = 10_000;

/**
 * The first x in [0, 1] (to within 1e-12 of the grid bracket) where `holds(x)`,
 * or null when no grid point holds. Misses a crossing narrower than 1 / SCAN_STEPS.
 */
export function scanFirstCrossing(holds: (x: number) => boolean): number | null {
  if (holds(0)) return 0;
  for (let step = 1; step <= SCAN_STEPS; step++) {
    const high = step / SCAN_STEPS;
    if (!holds(high)) continue;
    let low = (step - 1) / SCAN_STEPS;
    let top = high;
    while (top - low > 1e-12) {
      const middle = (low + top) / 2;
      if (holds(middle)) top = middle;
      else low = middle;
    }
    return top;
  }
  return null;
}
