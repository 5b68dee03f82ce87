import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  createUniform,
  normalizeSeed,
  standardNormal,
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

describe(standardNormal, () => {
  it('is sqrt(-2 ln(1 - u1)) cos(2π u2)', () => {
    // u1 = 0.5, u2 = 0: sqrt(2 ln 2) × cos 0 = 1.1774…
    expect(standardNormal(fixedStream([0.5, 0]))).toBeCloseTo(Math.sqrt(2 * Math.LN2), 15);
    // u2 = 0.5: cos π = -1
    expect(standardNormal(fixedStream([0.5, 0.5]))).toBeCloseTo(-Math.sqrt(2 * Math.LN2), 15);
  });

  it('has mean 0 and variance 1 over many draws', () => {
    const uniform = createUniform(5);
    const n = 20_000;
    const values = Array.from({ length: n }, () => standardNormal(uniform));
    const mean = values.reduce((sum, x) => sum + x, 0) / n;
    const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n;
    // standard errors: 1 / sqrt(20,000) ≈ 0.007 for the mean, sqrt(2 / 20,000) = 0.01 for the variance
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
});
