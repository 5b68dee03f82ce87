/**
 * The Monte Carlo as the worker runs it: 10,000 draws with ranges on the inputs
 * owners are least sure of, then the summary (probabilities, percentiles,
 * histogram). Target: 100 ms median.
 */
import { bench, describe } from 'vitest';
import { defaultScenario } from '../../src/model/presets';
import type { Ranges } from '../../src/model/uncertainty/ranges';
import { defaultSwing, numericFields } from '../../src/model/uncertainty/ranges';
import { simulate } from '../../src/model/uncertainty/simulate';
import { summarize } from '../../src/model/uncertainty/stats';

const KEY_RANGES: Ranges = {
  loadedShare: { low: 0.2, likely: 0.33, high: 0.45 },
  lostClientValue: { low: 3_000, likely: 6_000, high: 12_000 },
  aiCostPerInquiry: { low: 0.6, likely: 0.8, high: 1.3 },
  routerRecall: { low: 0.7, likely: 0.9, high: 0.95 },
  fumbleRateAiLoaded: { low: 0.1, likely: 0.2, high: 0.4 },
  churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.3 },
};

const EVERY_INPUT_RANGED: Ranges = Object.fromEntries(
  numericFields.map((field) => [field, defaultSwing(field, defaultScenario[field])]),
);

let seed = 0;
// At least 30 runs each, so that the median stands on more than a handful.
const enough = { iterations: 30, time: 1_000 };
let sink = 0;

describe('10,000-draw simulation', () => {
  bench(
    'six ranged inputs: simulate + summarize',
    () => {
      const summary = summarize(
        simulate(defaultScenario, KEY_RANGES, { draws: 10_000, seed: ++seed }),
      );
      sink += summary.probability.twoTierBeatsSingleTier;
    },
    enough,
  );

  bench(
    'every numeric input ranged: simulate + summarize',
    () => {
      const summary = summarize(
        simulate(defaultScenario, EVERY_INPUT_RANGED, { draws: 10_000, seed: ++seed }),
      );
      sink += summary.probability.twoTierBeatsSingleTier;
    },
    enough,
  );
});

export { sink };
