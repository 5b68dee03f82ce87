/**
 * Seeded random numbers for the simulation: the same seed gives the same
 * stream, on the main thread and in a worker alike.
 *
 * The generator is xoroshiro128+ from `pure-rand` (small, typed, well kept);
 * each uniform double takes two of its 32-bit outputs for 53 random bits.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

const WARM_UP_STEPS = 32;

/** A stream of uniform doubles in [0, 1). Each call advances the stream. */
export type Uniform = () => number;

/** The seed used when a link or a person gives none. */
export const DEFAULT_SEED = 1;

/**
 * A seed as the whole number in [0, 2^32) the generator uses, so that a seed
 * read from a link ("42", 42.7, -1) always names the same stream.
 *
 * @example
 * normalizeSeed(42.7) // => 42
 * normalizeSeed(-1) // => 4294967295
 * normalizeSeed(Number.NaN) // => 1 (the default seed)
 */
export function normalizeSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : DEFAULT_SEED;
}

/**
 * A seeded stream of uniform doubles in [0, 1).
 *
 * @example
 * const a = createUniform(7);
 * const b = createUniform(7);
 * a() === b() // => true: same seed, same numbers
 */
export function createUniform(seed: number): Uniform {
  const generator = xoroshiro128plus(normalizeSeed(seed));
  // A small seed leaves the state mostly zeros and ones, and the first outputs
  // show it (seed 7 starts at 0.9999999): let the state mix before use.
  for (let step = 0; step < WARM_UP_STEPS; step++) generator.next();
  return () => uniformFloat64(generator);
}

/**
 * One standard normal draw (mean 0, variance 1) by the Box–Muller transform,
 * using two uniforms and keeping the cosine branch.
 *
 * @example
 * // uniforms 0.5 and 0: sqrt(-2 ln(1 - 0.5)) * cos(0) = sqrt(2 ln 2) ≈ 1.1774
 * standardNormal(fixedStream([0.5, 0])) // => 1.1774100225154747
 */
export function standardNormal(uniform: Uniform): number {
  // 1 - u lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
  return radius * Math.cos(2 * Math.PI * uniform());
}
