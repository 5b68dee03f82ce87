/**
 * One keystroke's recompute on the main thread: evaluate (deployments, decision,
 * break-even points, timeline) and the sweeps the charts draw (loaded share and
 * triage recall, 101 points each), then the uncertainty panel's tornado and
 * thresholds, which are also recomputed as a person types. Target: 2 ms median.
 */
import { bench, describe } from 'vitest';
import { evaluate } from '../../src/model/evaluate';
import { defaultScenario } from '../../src/model/presets';
import type { Scenario } from '../../src/model/schema';
import { sweepLoadedShare, sweepRecall } from '../../src/model/sweeps';
import { buildTornado } from '../../src/model/uncertainty/tornado';
import { findThresholds, thresholdFields } from '../../src/model/uncertainty/thresholds';

// Each run types a different number of inquiries, so that no result can be reused.
let keystroke = 0;
function nextScenario(): Scenario {
  keystroke = (keystroke + 1) % 1_000;
  return { ...defaultScenario, inquiriesPerMonth: 300 + keystroke };
}

let sink = 0;

describe('recompute for one keystroke', () => {
  bench('evaluate + the charts’ sweeps', () => {
    const scenario = nextScenario();
    const evaluation = evaluate(scenario);
    const byShare = sweepLoadedShare(scenario);
    const byRecall = sweepRecall(scenario);
    sink +=
      evaluation.deployments.twoTier.totalCost +
      byShare.totalCost.twoTier[50] +
      byRecall.twoTier[50];
  });

  bench('… + tornado and thresholds', () => {
    const scenario = nextScenario();
    const evaluation = evaluate(scenario);
    const byShare = sweepLoadedShare(scenario);
    const byRecall = sweepRecall(scenario);
    const tornado = buildTornado(scenario);
    const thresholds = findThresholds(scenario, thresholdFields(tornado));
    sink +=
      evaluation.deployments.twoTier.totalCost +
      byShare.totalCost.twoTier[50] +
      byRecall.twoTier[50];
    sink += tornado.gap + thresholds.length;
  });
});

export { sink };
