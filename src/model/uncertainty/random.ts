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

/** Uniforms and standard normals drawn from one seeded stream. */
export interface RandomStream {
  /** A uniform double in [0, 1). */
  uniform: Uniform;
  /** A standard normal (mean 0, variance 1). */
  normal: () => number;
}

/**
 * Standard normals from a stream of uniforms by Marsaglia's polar method: a
 * point drawn in the unit disc gives two normals, the second kept for the next
 * call (no sine or cosine, one logarithm per two normals).
 *
 * @example
 * // uniforms 0.75 and 0.5 give the point (0.5, 0), r² = 0.25:
 * // 0.5 × sqrt(−2 ln 0.25 / 0.25) = sqrt(2 ln 4) ≈ 1.6651, then 0
 * const normal = normalsFrom(fixedStream([0.75, 0.5]));
 * normal() // => 1.6651092223153954
 * normal() // => 0
 */
export function normalsFrom(uniform: Uniform): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const kept = spare;
      spare = null;
      return kept;
    }
    for (;;) {
      const x = 2 * uniform() - 1;
      const y = 2 * uniform() - 1;
      const radiusSquared = x * x + y * y;
      // Outside the disc (about 21 % of points) or at its centre: draw again.
      if (radiusSquared >= 1 || radiusSquared === 0) continue;
      const factor = Math.sqrt((-2 * Math.log(radiusSquared)) / radiusSquared);
      spare = y * factor;
      return x * factor;
    }
  };
}

/**
 * A seeded stream of uniforms and normals: the same seed gives the same numbers.
 *
 * @example
 * const random = createRandomStream(1);
 * random.uniform() // => a double in [0, 1)
 * random.normal() // => a standard normal
 */
export function createRandomStream(seed: number): RandomStream {
  return randomStreamFrom(createUniform(seed));
}

/**
 * A random stream over given uniforms (tests play chosen uniforms through it).
 *
 * @example
 * randomStreamFrom(createUniform(1)).normal() // => a standard normal
 */
export function randomStreamFrom(uniform: Uniform): RandomStream {
  return { uniform, normal: normalsFrom(uniform) };
}
