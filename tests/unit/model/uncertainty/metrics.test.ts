import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/model/presets';
import { simulate } from '../../../../src/model/uncertainty/simulate';
import { summarize } from '../../../../src/model/uncertainty/stats';
import {
  readMetric,
  summaryMetrics,
  uncertaintyMetrics,
} from '../../../../src/model/uncertainty/metrics';

const summary = summarize(
  simulate(
    defaultScenario,
    { routerRecall: { low: 0.7, likely: 0.9, high: 0.95 } },
    { seed: 1, draws: 500 },
  ),
);

describe('uncertaintyMetrics', () => {
  it('names the figures the page marks, as paths into the summary', () => {
    expect(uncertaintyMetrics).toContain('probability.twoTierBeatsSingleTier');
    expect(uncertaintyMetrics).toContain('probability.cheapest.twoTier');
    expect(uncertaintyMetrics).toContain('percentiles.twoTier.totalCost.p10');
    expect(uncertaintyMetrics).toContain('percentiles.singleTierAi.netGain.p90');
    expect(uncertaintyMetrics).not.toContain('percentiles.allHuman.netGain.p50');
    // 3 cheapest + 2 comparisons + 3 deployments × 3 totals + 2 AI deployments × 3 net gains
    expect(uncertaintyMetrics).toHaveLength(20);
    expect(new Set(uncertaintyMetrics).size).toBe(20);
  });
});

describe(readMetric, () => {
  it('reads the figure at the named path', () => {
    expect(readMetric(summary, 'percentiles.twoTier.totalCost.p10')).toBe(
      summary.percentiles.twoTier.totalCost.p10,
    );
    expect(readMetric(summary, 'probability.cheapest.allHuman')).toBe(
      summary.probability.cheapest.allHuman,
    );
  });
});

describe(summaryMetrics, () => {
  it('gives every named figure a finite number', () => {
    const entries = summaryMetrics(summary);
    expect(entries.map((entry) => entry.metric)).toEqual(uncertaintyMetrics);
    for (const { metric, value } of entries) expect(Number.isFinite(value), metric).toBe(true);
  });
});
