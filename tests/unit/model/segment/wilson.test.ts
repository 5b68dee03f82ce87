import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adviseSampleSize,
  sampleSizeForMargin,
  wilsonHalfWidth,
  wilsonInterval,
  Z_95,
} from '../../../../src/model/segment/wilson';

describe(wilsonInterval, () => {
  it('gives [0.2456, 0.4269] for 33 loaded out of 100', () => {
    // p = 0.33, n = 100, z² = 3.8415
    // centre = (0.33 + 3.8415/200) / (1 + 3.8415/100) = 0.349207 / 1.038415 = 0.336289
    // half   = 1.96 × √(100 × 0.33 × 0.67 + 3.8415/4) / (100 + 3.8415)
    //        = 1.96 × √(22.11 + 0.9604) / 103.8415 = 1.96 × 4.80317 / 103.8415 = 0.090658
    // bounds = 0.336289 ∓ 0.090658 = 0.245631, 0.426947
    const interval = wilsonInterval(33, 100);
    expect(interval?.low).toBeCloseTo(0.2456, 4);
    expect(interval?.high).toBeCloseTo(0.4269, 4);
  });

  // Newcombe (1998), "Two-sided confidence intervals for the single proportion",
  // Statistics in Medicine 17: 857-872, table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches the published interval for %i out of %i', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('puts the bound at exactly 0 or 1 when none or all are loaded', () => {
    // 0 of 10: high = z² / (n + z²) = 3.8415 / 13.8415 = 0.2775
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.7225, 4), high: 1 });
  });

  it('has no interval for an empty sample', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('always contains the observed share and stays inside [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (trials, fraction) => {
          const successes = Math.round(trials * fraction);
          const interval = wilsonInterval(successes, trials)!;
          expect(interval.low).toBeGreaterThanOrEqual(0);
          expect(interval.high).toBeLessThanOrEqual(1);
          expect(interval.low).toBeLessThanOrEqual(successes / trials + 1e-12);
          expect(interval.high).toBeGreaterThanOrEqual(successes / trials - 1e-12);
        },
      ),
    );
  });
});

describe(wilsonHalfWidth, () => {
  it('is half the interval width', () => {
    const interval = wilsonInterval(33, 100)!;
    expect(wilsonHalfWidth(0.33, 100)).toBeCloseTo((interval.high - interval.low) / 2, 12);
  });
});

describe(sampleSizeForMargin, () => {
  it('needs 381 inquiries for ±5 points at a share of one half', () => {
    // p = q = 0.5, so p - q = 0: n* = z² (0.25 - 2m² + 0.25) / 2m² = z²/4m² - z²
    //   = 3.8415 / 0.01 - 3.8415 = 384.15 - 3.84 = 380.3, rounded up to 381.
    expect(sampleSizeForMargin(0.5, 0.05)).toBe(381);
  });

  it('needs 337 inquiries for ±5 points at a share of 0.33', () => {
    // pq = 0.2211; √(pq² + m²(p - q)²) = √(0.04888521 + 0.0025 × 0.1156) = √0.04917421 = 0.221753
    // n* = 3.8415 × (0.2211 - 0.005 + 0.221753) / 0.005 = 3.8415 × 0.437853 / 0.005 = 336.4 -> 337
    expect(sampleSizeForMargin(0.33, 0.05)).toBe(337);
  });

  it('returns the smallest sample that reaches the margin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.1, 0.05, 0.03, 0.02, 0.01),
        (share, margin) => {
          const needed = sampleSizeForMargin(share, margin);
          expect(wilsonHalfWidth(share, needed)).toBeLessThanOrEqual(margin + 1e-12);
          if (needed > 1) expect(wilsonHalfWidth(share, needed - 1)).toBeGreaterThan(margin);
        },
      ),
    );
  });
});

describe(adviseSampleSize, () => {
  it('advises 237 more inquiries to narrow 33 of 100 to ±5 points', () => {
    // marginNow is the half-width worked out above, 0.0907; the next step below it is ±5 points.
    expect(adviseSampleSize(33, 100)).toEqual({
      marginNow: expect.closeTo(0.0907, 4),
      targetMargin: 0.05,
      sampleSizeNeeded: 337,
      moreNeeded: 337 - 100,
    });
  });

  it('aims for ±10 points first on a small sample', () => {
    // 5 of 20: half-width = 1.96 × √(20 × 0.25 × 0.75 + 0.9604) / 23.8415 = 1.96 × 2.1668 / 23.8415 = 0.178
    const advice = adviseSampleSize(5, 20);
    expect(advice.marginNow).toBeCloseTo(0.178, 3);
    expect(advice.targetMargin).toBe(0.1);
  });

  it('starts from the widest case, a share of one half, with no data', () => {
    // z²/4m² - z² = 3.8415 / 0.04 - 3.8415 = 96.04 - 3.84 = 92.2 -> 93
    expect(adviseSampleSize(0, 0)).toEqual({
      marginNow: 0.5,
      targetMargin: 0.1,
      sampleSizeNeeded: 93,
      moreNeeded: 93,
    });
  });

  it('has no further step below ±1 point', () => {
    expect(adviseSampleSize(50_000, 100_000).targetMargin).toBeNull();
  });

  it('uses the 95 % normal quantile', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
  });
});
