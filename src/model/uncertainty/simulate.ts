/**
 * Monte Carlo over the uncertain inputs: each ranged input is drawn
 * independently from its PERT distribution, and the three deployments are
 * evaluated for every draw; their monthly totals and the recommended
 * deployment are recorded.
 *
 * Simplifications: inputs are independent of one another (a pessimist's fumble
 * rate does not come with a pessimist's churn); only the monthly figures are
 * evaluated per draw (no break-even points, no timeline), which keeps 10,000
 * draws well under a tenth of a second.
 */
import type { Scenario } from '../schema';
import { fieldMeta } from '../schema';
import type { DeploymentId } from '../types';
import { deploymentIds } from '../types';
import { evaluateDeployments } from '../evaluateDeployment';
import { recommend } from '../decision';
import type { NumericField, Ranges } from './ranges';
import { numericFields } from './ranges';
import { pertShape, sampleBeta } from './pert';
import type { RandomStream } from './random';
import { createRandomStream, normalizeSeed } from './random';

/** Draws when the caller asks for no particular number. */
export const DEFAULT_DRAWS = 10_000;
/** The most draws one simulation takes, so that a link cannot ask for a minute's work. */
export const MAX_DRAWS = 1_000_000;
/** Draws between two progress reports. */
export const DEFAULT_CHUNK_SIZE = 1_000;

export interface SimulationOptions {
  /** Number of draws, a whole number in [1, MAX_DRAWS]; 10,000 by default. */
  draws?: number;
  /** Seed of the random stream: the same seed gives the same draws. */
  seed: number;
  /** Draws between two progress reports; 1,000 by default. */
  chunkSize?: number;
}

/** How far a simulation has got. */
export interface SimulationProgress {
  done: number;
  total: number;
}

/** The recorded outcome of every draw. */
export interface SimulationSamples {
  draws: number;
  /** The seed as the generator used it (see normalizeSeed). */
  seed: number;
  /** Each deployment's monthly totalCost, one entry per draw. */
  totalCost: Record<DeploymentId, Float64Array>;
  /** Index into deploymentIds of the deployment recommended in each draw (same tie rule as `recommend`). */
  recommended: Uint8Array;
}

interface Sampler {
  field: NumericField;
  low: number;
  width: number;
  alpha: number;
  beta: number;
  min: number;
  max: number;
  integer: boolean;
}

function samplersFor(ranges: Ranges): Sampler[] {
  const samplers: Sampler[] = [];
  for (const field of numericFields) {
    const range = ranges[field];
    if (!range) continue;
    const meta = fieldMeta(field);
    samplers.push({
      field,
      low: range.low,
      width: range.high - range.low,
      ...pertShape(range),
      min: meta.min,
      max: meta.max,
      integer: meta.integer === true,
    });
  }
  return samplers;
}

/** The number of draws asked for, as a whole number in [1, MAX_DRAWS]. */
export function clampDraws(draws: number | undefined): number {
  if (draws === undefined || !Number.isFinite(draws)) return DEFAULT_DRAWS;
  return Math.min(MAX_DRAWS, Math.max(1, Math.round(draws)));
}

/**
 * Draws scenarios: each call returns the scenario with every ranged input drawn
 * afresh from its PERT distribution (in the schema's order of fields), rounded
 * for whole-number fields and kept within bounds. Inputs without a range, and
 * point ranges, keep one value and take nothing from the stream. The returned
 * object is reused by the next call: copy it to keep it. The given scenario is
 * never changed.
 *
 * @example
 * const next = scenarioSampler(UK_SERVICES_FIRM, { routerRecall: { low: 0.7, likely: 0.9, high: 0.95 } }, createRandomStream(1));
 * next().routerRecall // => a recall in [0.7, 0.95]; every other field as in the scenario
 */
export function scenarioSampler(
  scenario: Scenario,
  ranges: Ranges,
  random: RandomStream,
): () => Readonly<Scenario> {
  const samplers = samplersFor(ranges);
  // One private copy, overwritten field by field.
  const draw: Scenario = { ...scenario };
  for (const s of samplers) if (!(s.width > 0)) draw[s.field] = s.low;
  const drawn = samplers.filter((s) => s.width > 0);
  return () => {
    for (const s of drawn) {
      let value = s.low + s.width * sampleBeta(s.alpha, s.beta, random);
      if (s.integer) value = Math.round(value);
      draw[s.field] = Math.min(s.max, Math.max(s.min, value));
    }
    return draw;
  };
}

/**
 * The simulation as a generator: it yields its progress after every chunk of
 * draws and returns the samples, so that a worker can report progress and stop
 * between chunks. `simulate` runs it to the end.
 *
 * @example
 * const run = simulateInChunks(UK_SERVICES_FIRM, ranges, { draws: 10_000, seed: 1 });
 * run.next() // => { done: false, value: { done: 1000, total: 10000 } }
 */
export function* simulateInChunks(
  scenario: Scenario,
  ranges: Ranges,
  options: SimulationOptions,
): Generator<SimulationProgress, SimulationSamples, void> {
  const draws = clampDraws(options.draws);
  const chunkSize = Math.max(1, Math.round(options.chunkSize ?? DEFAULT_CHUNK_SIZE));
  const seed = normalizeSeed(options.seed);
  const nextScenario = scenarioSampler(scenario, ranges, createRandomStream(seed));
  const totals = {
    allHuman: new Float64Array(draws),
    singleTierAi: new Float64Array(draws),
    twoTier: new Float64Array(draws),
  };
  const recommended = new Uint8Array(draws);

  for (let start = 0; start < draws; start += chunkSize) {
    const end = Math.min(draws, start + chunkSize);
    for (let index = start; index < end; index++) {
      const draw = nextScenario();
      const deployments = evaluateDeployments(draw);
      totals.allHuman[index] = deployments.allHuman.totalCost;
      totals.singleTierAi[index] = deployments.singleTierAi.totalCost;
      totals.twoTier[index] = deployments.twoTier.totalCost;
      recommended[index] = deploymentIds.indexOf(recommend(deployments));
    }
    if (end < draws) yield { done: end, total: draws };
  }
  return { draws, seed, totalCost: totals, recommended };
}

/**
 * Draws every ranged input from its PERT distribution and records the three
 * deployments' monthly totals and the recommendation per draw. Inputs without
 * a range keep their value; whole-number fields are rounded; every draw stays
 * within its field's bounds. `onProgress` hears after each chunk but the last.
 *
 * @example
 * const samples = simulate(UK_SERVICES_FIRM, { aiCostPerInquiry: { low: 0.6, likely: 0.8, high: 1.3 } }, { seed: 1 });
 * samples.totalCost.singleTierAi.length // => 10000
 * // the mean of singleTierAi's total is its total at the PERT mean cost per inquiry, 0.85
 */
export function simulate(
  scenario: Scenario,
  ranges: Ranges,
  options: SimulationOptions,
  onProgress?: (progress: SimulationProgress) => void,
): SimulationSamples {
  const run = simulateInChunks(scenario, ranges, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}
