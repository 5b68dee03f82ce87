import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  createUniform,
  createRandomStream,
  normalizeSeed,
  normalsFrom,
} from '../../../../src/model/uncertainty/random';
import { fixedStream } from './fixtures';

describe(createUniform, () => {
  it('gives the same numbers for the same seed', () => {
    const a = createUniform(42);
    const b = createUniform(42);
    const first = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(first);
  });

  it('gives different numbers for different seeds', () => {
    const a = createUniform(1);
    const b = createUniform(2);
    expect(Array.from({ length: 5 }, a)).not.toEqual(Array.from({ length: 5 }, b));
  });

  it('stays in [0, 1) with a mean near 1/2 and a variance near 1/12', () => {
    const uniform = createUniform(3);
    const n = 20_000;
    const values = Array.from({ length: n }, uniform);
    expect(values.every((u) => u >= 0 && u < 1)).toBe(true);
    const mean = values.reduce((sum, u) => sum + u, 0) / n;
    const variance = values.reduce((sum, u) => sum + (u - mean) ** 2, 0) / n;
    // standard error of the mean: sqrt(1/12 / 20,000) ≈ 0.002; allow four of them
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.008);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.003);
  });

  it('does not start near 1 for a small seed (the state is mixed before use)', () => {
    for (const seed of [0, 1, 2, 7]) expect(createUniform(seed)()).toBeLessThan(0.99);
  });
});

describe(normalizeSeed, () => {
  it.each([
    [42, 42],
    [42.7, 42],
    [-1, 4294967295],
    [2 ** 32 + 5, 5],
    [Number.NaN, DEFAULT_SEED],
    [Number.POSITIVE_INFINITY, DEFAULT_SEED],
  ])('%s → %s', (seed, expected) => {
    expect(normalizeSeed(seed)).toBe(expected);
  });

  it('makes seeds that normalise alike give the same stream', () => {
    expect(createUniform(42.7)()).toBe(createUniform(42)());
  });
});

describe(normalsFrom, () => {
  it('turns a point in the unit disc into two normals (polar method)', () => {
    // uniforms 0.75, 0.5 → the point (0.5, 0), r² = 0.25: 0.5 × sqrt(−2 ln 0.25 / 0.25) = sqrt(2 ln 4)
    const normal = normalsFrom(fixedStream([0.75, 0.5]));
    expect(normal()).toBeCloseTo(Math.sqrt(2 * Math.log(4)), 15);
    // the spare: 0 × the same factor
    expect(normal()).toBe(0);
  });

  it('draws again when the point falls outside the disc', () => {
    // (0.9, 0.9) lies outside (r² = 1.62); then (−0.5, 0): −sqrt(2 ln 4)
    const normal = normalsFrom(fixedStream([0.95, 0.95, 0.25, 0.5]));
    expect(normal()).toBeCloseTo(-Math.sqrt(2 * Math.log(4)), 15);
  });

  it('has mean 0 and variance 1 over many draws', () => {
    const normal = createRandomStream(5).normal;
    const n = 20_000;
    const values = Array.from({ length: n }, normal);
    const mean = values.reduce((sum, x) => sum + x, 0) / n;
    const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n;
    // standard errors: 1 / sqrt(20,000) ≈ 0.007 for the mean, sqrt(2 / 20,000) = 0.01 for the variance
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
});

describe(createRandomStream, () => {
  it('gives the same uniforms and normals for the same seed', () => {
    const a = createRandomStream(8);
    const b = createRandomStream(8);
    const draw = (r: typeof a) => [r.uniform(), r.normal(), r.normal(), r.uniform()];
    expect(draw(b)).toEqual(draw(a));
  });
});
