import { describe, expect, it } from 'vitest';
import {
  pertMean,
  pertShape,
  sampleBeta,
  sampleGamma,
  samplePert,
} from '../../../../src/model/uncertainty/pert';
import { createRandomStream } from '../../../../src/model/uncertainty/random';

function moments(values: number[]) {
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / values.length;
  return { mean, variance };
}

describe(pertShape, () => {
  it.each([
    // α = 1 + 4 (0.1 − 0.05) / 0.2 = 2, β = 1 + 4 (0.25 − 0.1) / 0.2 = 4
    [{ low: 0.05, likely: 0.1, high: 0.25 }, 2, 4],
    // likely in the middle: α = β = 3
    [{ low: 0, likely: 5, high: 10 }, 3, 3],
    // likely at the low end: α = 1, β = 5
    [{ low: 2, likely: 2, high: 4 }, 1, 5],
    // a point has no width: the symmetric shape, never NaN
    [{ low: 3, likely: 3, high: 3 }, 3, 3],
  ])('%o → α %s, β %s', (range, alpha, beta) => {
    const shape = pertShape(range);
    expect(shape.alpha).toBeCloseTo(alpha, 12);
    expect(shape.beta).toBeCloseTo(beta, 12);
  });
});

describe(pertMean, () => {
  it('is (low + 4 likely + high) / 6', () => {
    // (0.6 + 3.2 + 1.3) / 6 = 5.1 / 6 = 0.85
    expect(pertMean({ low: 0.6, likely: 0.8, high: 1.3 })).toBeCloseTo(0.85, 12);
    expect(pertMean({ low: 7, likely: 7, high: 7 })).toBe(7);
  });
});

describe(sampleGamma, () => {
  it('returns d = shape − 1/3 when the normal draw is 0 and the uniform passes the squeeze', () => {
    // x = 0: v = (1 + c × 0)³ = 1; u = 0.5 < 1 − 0.0331 × 0⁴, so the draw is d × v = 2 − 1/3
    expect(sampleGamma(2, { normal: () => 0, uniform: () => 0.5 })).toBe(2 - 1 / 3);
  });

  it('draws again when 1 + c x is not positive', () => {
    // shape 1: d = 2/3, c = 1 / sqrt(6) ≈ 0.408; x = −3 gives 1 − 1.22 < 0, then x = 0 is taken
    const normals = [-3, 0];
    expect(sampleGamma(1, { normal: () => normals.shift()!, uniform: () => 0.5 })).toBeCloseTo(2 / 3, 15);
  });

  it.each([0.5, 1, 2, 4.5])('has mean and variance equal to its shape %s', (shape) => {
    const random = createRandomStream(11);
    const n = 20_000;
    const { mean, variance } = moments(
      Array.from({ length: n }, () => sampleGamma(shape, random)),
    );
    // standard error of the mean sqrt(shape / n); allow five
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
    // relative standard error of a variance: sqrt((kurtosis − 1) / n), kurtosis 3 + 6 / shape
    expect(Math.abs(variance - shape) / shape).toBeLessThan(4 * Math.sqrt((2 + 6 / shape) / n));
  });

  it('is always positive', () => {
    const random = createRandomStream(12);
    for (let i = 0; i < 5000; i++) expect(sampleGamma(1, random)).toBeGreaterThan(0);
  });
});

describe(sampleBeta, () => {
  it('has mean α / (α + β) and variance αβ / ((α + β)² (α + β + 1))', () => {
    const random = createRandomStream(13);
    const n = 20_000;
    const { mean, variance } = moments(Array.from({ length: n }, () => sampleBeta(2, 4, random)));
    // mean 2/6 = 0.3333, variance 8 / (36 × 7) = 0.031746
    expect(Math.abs(mean - 1 / 3)).toBeLessThan(5 * Math.sqrt(0.031746 / n));
    expect(Math.abs(variance - 8 / 252)).toBeLessThan(0.002);
  });
});

describe(samplePert, () => {
  it('returns a point range’s value and takes nothing from the stream', () => {
    const stream = createRandomStream(1);
    const untouched = createRandomStream(1);
    expect(samplePert({ low: 5, likely: 5, high: 5 }, stream)).toBe(5);
    expect(stream.uniform()).toBe(untouched.uniform());
  });

  it('stays within [low, high]', () => {
    const random = createRandomStream(14);
    const range = { low: 0.05, likely: 0.05, high: 0.25 };
    for (let i = 0; i < 5000; i++) {
      const x = samplePert(range, random);
      expect(x).toBeGreaterThanOrEqual(0.05);
      expect(x).toBeLessThanOrEqual(0.25);
    }
  });

  it('averages to the PERT mean, with the PERT variance (μ − low)(high − μ) / 7', () => {
    const random = createRandomStream(15);
    const range = { low: 0.05, likely: 0.1, high: 0.25 };
    const n = 20_000;
    const { mean, variance } = moments(Array.from({ length: n }, () => samplePert(range, random)));
    // μ = (0.05 + 0.4 + 0.25) / 6 = 0.116667; variance (0.066667 × 0.133333) / 7 = 0.0012698
    const mu = 0.7 / 6;
    const expectedVariance = ((mu - 0.05) * (0.25 - mu)) / 7;
    expect(Math.abs(mean - mu)).toBeLessThan(5 * Math.sqrt(expectedVariance / n));
    expect(Math.abs(variance - expectedVariance) / expectedVariance).toBeLessThan(0.06);
  });

  it('puts its mode at the likely value', () => {
    const random = createRandomStream(16);
    const range = { low: 0, likely: 0.2, high: 1 };
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++)
      counts[Math.min(9, Math.floor(samplePert(range, random) * 10))]++;
    // Beta(1.8, 4.2) has its mode at 0.8 / 4 = 0.2: the tallest tenth is [0.1, 0.2) or [0.2, 0.3).
    expect([1, 2]).toContain(counts.indexOf(Math.max(...counts)));
  });
});
