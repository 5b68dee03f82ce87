/**
 * The PERT distribution of a three-point estimate (low, likely, high): a Beta
 * distribution stretched over [low, high] with its mode at the likely value and
 * shape λ = 4, so that the mean is (low + 4 likely + high) / 6.
 *
 * Draws come from two Gamma draws (Marsaglia and Tsang, 2000), which need only
 * uniforms and normals from a seeded stream (random.ts). A range with low == high is a
 * point: it draws nothing and returns its value.
 */
import type { Range } from './ranges';
import type { RandomStream } from './random';

/** The weight PERT puts on the likely value. */
export const PERT_SHAPE = 4;

/** The two shape parameters of the Beta distribution behind a PERT range. */
export interface BetaShape {
  alpha: number;
  beta: number;
}

/**
 * α = 1 + 4 (likely − low) / (high − low), β = 1 + 4 (high − likely) / (high − low).
 * A point range (low == high) has no shape: it returns α = β = 3, the symmetric
 * shape, so that nothing downstream divides by zero.
 *
 * @example
 * pertShape({ low: 0.05, likely: 0.1, high: 0.25 })
 * // => { alpha: 2, beta: 4 }: 1 + 4 (0.05 / 0.2) and 1 + 4 (0.15 / 0.2)
 */
export function pertShape(range: Range): BetaShape {
  const width = range.high - range.low;
  if (!(width > 0)) return { alpha: 1 + PERT_SHAPE / 2, beta: 1 + PERT_SHAPE / 2 };
  return {
    alpha: 1 + (PERT_SHAPE * (range.likely - range.low)) / width,
    beta: 1 + (PERT_SHAPE * (range.high - range.likely)) / width,
  };
}

/**
 * The PERT mean, (low + 4 likely + high) / 6.
 *
 * @example
 * pertMean({ low: 0.6, likely: 0.8, high: 1.3 }) // => 0.85: (0.6 + 3.2 + 1.3) / 6
 */
export function pertMean(range: Range): number {
  return (range.low + PERT_SHAPE * range.likely + range.high) / (PERT_SHAPE + 2);
}

/**
 * One draw from Gamma(shape, 1) by Marsaglia and Tsang's squeeze method; a
 * shape below 1 is lifted to shape + 1 and scaled back by U^(1/shape).
 *
 * @example
 * // a normal of 0, then a uniform under the squeeze: the draw is d = shape − 1/3
 * sampleGamma(2, { normal: () => 0, uniform: () => 0.5 }) // => 1.6666666666666667
 */
export function sampleGamma(shape: number, random: RandomStream): number {
  if (shape < 1) {
    // 1 - u lies in (0, 1]: the power is never 0^(1/shape) = 0 by accident of the stream.
    return sampleGamma(shape + 1, random) * Math.pow(1 - random.uniform(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = random.normal();
    const cube = 1 + c * x;
    if (cube <= 0) continue;
    const v = cube * cube * cube;
    const u = random.uniform();
    const xx = x * x;
    if (u < 1 - 0.0331 * xx * xx) return d * v;
    if (Math.log(u) < 0.5 * xx + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * One draw from Beta(α, β) in [0, 1], as X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β).
 *
 * @example
 * sampleBeta(2, 4, createRandomStream(1)) // a number in [0, 1] whose mean over many draws is 2 / 6
 */
export function sampleBeta(alpha: number, beta: number, random: RandomStream): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x / (x + y);
}

/**
 * One draw from the PERT distribution of a range; a point range returns its
 * value and takes nothing from the stream.
 *
 * @example
 * samplePert({ low: 5, likely: 5, high: 5 }, createRandomStream(1)) // => 5
 * samplePert({ low: 0.05, likely: 0.1, high: 0.25 }, createRandomStream(1)) // in [0.05, 0.25], mean 0.1166…
 */
export function samplePert(range: Range, random: RandomStream): number {
  const width = range.high - range.low;
  if (!(width > 0)) return range.likely;
  const { alpha, beta } = pertShape(range);
  return range.low + width * sampleBeta(alpha, beta, random);
}
