/**
 * What would have to be true: for one input, everything else held, the nearest
 * value on each side of the current one at which another deployment becomes
 * the recommendation, or none within the input's bounds.
 *
 * Computed by the model, not by sampling: along one input every total is
 * piecewise linear (see ../piecewise.ts: linear in each single input, bent only
 * by the cap on clients lost and the AI's allowance). That holds for every numeric field, including
 * the products: assistTimeSaving multiplies humanCostPerInquiry, but with the
 * cost held the total is linear in the saving; loadedHandlingMultiplier
 * multiplies a fixed workload. So each crossing is solved in closed form piece
 * by piece; no bisection is needed (a test checks the linearity field by field).
 */
import type { Scenario } from '../schema';
import { fieldMeta } from '../schema';
import type { DeploymentId } from '../types';
import { deploymentIds } from '../types';
import { evaluateDeployment, evaluateDeployments } from '../evaluateDeployment';
import { recommend } from '../decision';
import { firstCrossing, pathThrough, totalKinks } from '../piecewise';
import type { NumericField } from './ranges';
import type { Tornado } from './tornado';
import { capitalize, deploymentNames } from './wording';

/** Where, going one way from the current value, the recommendation changes. */
export interface ThresholdCrossing {
  /** The input's value at which the new deployment draws level, in model units. */
  value: number;
  /** The deployment recommended just past that value. */
  winner: DeploymentId;
}

export interface Threshold {
  field: NumericField;
  /** The input's value now. */
  base: number;
  /** The deployment recommended now. */
  recommended: DeploymentId;
  /** The nearest change below the current value, or null: none within the input's bounds. */
  below: ThresholdCrossing | null;
  /** The nearest change above the current value, or null: none within the input's bounds. */
  above: ThresholdCrossing | null;
}

/** The inputs an owner is least sure of, always given a threshold. */
export const keyThresholdFields: readonly NumericField[] = Object.freeze([
  'fumbleRateAiLoaded',
  'churnIfFumbledLoaded',
  'loadedShare',
  'routerRecall',
  'aiCostPerInquiry',
  'lostClientValue',
]);

/** How far past the last bend the slope of an unbounded ray is measured, in steps of the value. */
const RAY_PROBE = 1e6;
/** Slopes closer than this, relatively, are parallel: their difference is rounding. */
const PARALLEL = 1e-9;

/**
 * Beyond the last bend of an input with no upper bound, every total is a
 * straight line: where does the challenger's meet the recommended one's?
 * The slopes are measured over a long step so that rounding in the totals
 * cannot pass for a slope (two parallel lines would otherwise "meet" at 1e17),
 * then measured again across the crossing found, which makes it exact to
 * rounding even when a slope is tiny beside the totals.
 */
function crossingOnRay(
  scenario: Scenario,
  field: NumericField,
  challenger: DeploymentId,
  recommended: DeploymentId,
  from: number,
): number | null {
  const totals = (x: number) => {
    const at = { ...scenario, [field]: x };
    return [
      evaluateDeployment(challenger, at).totalCost,
      evaluateDeployment(recommended, at).totalCost,
    ];
  };
  const [challengerFrom, recommendedFrom] = totals(from);
  const lead = Math.max(0, challengerFrom - recommendedFrom);
  if (lead === 0) return from;
  let far = from + Math.max(1, Math.abs(from)) * RAY_PROBE;
  let crossing: number | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const [challengerFar, recommendedFar] = totals(far);
    const challengerSlope = (challengerFar - challengerFrom) / (far - from);
    const recommendedSlope = (recommendedFar - recommendedFrom) / (far - from);
    // How fast the challenger catches up, per unit of the input.
    const closing = recommendedSlope - challengerSlope;
    const scale = Math.max(Math.abs(challengerSlope), Math.abs(recommendedSlope));
    if (!(closing > PARALLEL * scale)) return null;
    crossing = from + lead / closing;
    far = from + 2 * (crossing - from);
  }
  return crossing;
}

function crossingTowards(
  scenario: Scenario,
  field: NumericField,
  recommended: DeploymentId,
  end: number,
  kinksOf: (deployment: DeploymentId) => number[],
): ThresholdCrossing | null {
  const meta = fieldMeta(field);
  const base = scenario[field];
  let nearest: ThresholdCrossing | null = null;
  for (const challenger of deploymentIds) {
    if (challenger === recommended) continue;
    const total = (deployment: DeploymentId, x: number) =>
      evaluateDeployment(deployment, { ...scenario, [field]: x }).totalCost;
    // At the current value the recommended deployment is ahead (a tie it won counts as level).
    const gap = (x: number) => {
      const difference = total(challenger, x) - total(recommended, x);
      return x === base ? Math.max(0, difference) : difference;
    };
    const kinks = [...kinksOf(challenger), ...kinksOf(recommended)];
    // An unbounded input is walked to its last bend, then solved on the straight ray beyond.
    const finiteEnd = Number.isFinite(end) ? end : Math.max(base, ...kinks);
    let value = firstCrossing(gap, pathThrough(base, finiteEnd, kinks), (g) => g < 0);
    if (value === null && !Number.isFinite(end)) {
      value = crossingOnRay(scenario, field, challenger, recommended, finiteEnd);
    }
    if (value === null || (meta.minExclusive && value <= meta.min)) continue;
    const nearer = nearest === null || Math.abs(value - base) < Math.abs(nearest.value - base);
    if (nearer) nearest = { value, winner: challenger };
  }
  return nearest;
}

/**
 * The values of one input, everything else held, at which the recommendation
 * changes: the nearest below and above the current value, each null when no
 * value within the input's bounds changes it. When two deployments draw level
 * at the same value, the earlier in the model's order is named. `searched`
 * narrows the search to a range (from the current value to each end, or not
 * at all on a side the range does not reach past it); a crossing inside it is
 * the same one the whole search finds.
 *
 * @example
 * // UK firm, totals a month at an AI loaded fumble rate f (see the test for the arithmetic):
 * // single-tier £2,694.40 + £79,200 f, two-tier £6,160.16 + £7,920 f, all-human £8,128.80.
 * const threshold = findThreshold(UK_SERVICES_FIRM, 'fumbleRateAiLoaded');
 * threshold.below // => { value: 3,465.76 / 71,280 = 0.048621…, winner: 'singleTierAi' }
 * threshold.above // => { value: 1,968.64 / 7,920 = 0.248565…, winner: 'allHuman' }
 */
export function findThreshold(
  scenario: Scenario,
  field: NumericField,
  searched?: { low: number; high: number },
): Threshold {
  const meta = fieldMeta(field);
  const recommended = recommend(evaluateDeployments(scenario));
  const base = scenario[field];
  // Each deployment's bends along the input, found once for both sides.
  const kinks = new Map<DeploymentId, number[]>();
  const kinksOf = (deployment: DeploymentId) => {
    if (!kinks.has(deployment)) {
      kinks.set(deployment, totalKinks(deployment, scenario, field, meta.min, meta.max));
    }
    return kinks.get(deployment)!;
  };
  return {
    field,
    base,
    recommended,
    below: crossingTowards(
      scenario,
      field,
      recommended,
      Math.min(base, searched?.low ?? meta.min),
      kinksOf,
    ),
    above: crossingTowards(
      scenario,
      field,
      recommended,
      Math.max(base, searched?.high ?? meta.max),
      kinksOf,
    ),
  };
}

/**
 * The inputs worth a threshold: the top of the tornado, then the key inputs, once each.
 *
 * @example
 * thresholdFields(buildTornado(UK_SERVICES_FIRM), 2) // => the two longest bars, then keyThresholdFields
 */
export function thresholdFields(tornado: Tornado, top = 5): NumericField[] {
  const fromTornado = tornado.bars.slice(0, top).map((bar) => bar.field);
  return [...new Set([...fromTornado, ...keyThresholdFields])];
}

/**
 * Thresholds for several inputs.
 *
 * @example
 * findThresholds(UK_SERVICES_FIRM).map((t) => t.field) // => keyThresholdFields
 */
export function findThresholds(
  scenario: Scenario,
  fields: readonly NumericField[] = keyThresholdFields,
): Threshold[] {
  return fields.map((field) => findThreshold(scenario, field));
}

/** How each input reads in "… once <phrase>": [template, word for below, word for above]. */
const phrases: Partial<Record<NumericField, readonly [string, string, string]>> = {
  inquiriesPerMonth: ['the firm had {cmp} than {v} inquiries a month', 'fewer', 'more'],
  loadedShare: ['{cmp} than {v} of inquiries were loaded', 'fewer', 'more'],
  activeClients: ['the firm served {cmp} than {v} clients', 'fewer', 'more'],
  lostClientValue: ['a lost client cost the firm {cmp} than {v}', 'less', 'more'],
  humanCostPerInquiry: ['a person cost {cmp} than {v} per routine inquiry', 'less', 'more'],
  loadedHandlingMultiplier: [
    'a loaded inquiry took a person {cmp} than {v} times as long',
    'less',
    'more',
  ],
  aiCostPerInquiry: ['the AI cost {cmp} than {v} per inquiry', 'less', 'more'],
  aiPlatformPerMonth: ['the AI platform cost {cmp} than {v} a month', 'less', 'more'],
  aiIncludedPerMonth: [
    'the AI platform cost included {cmp} than {v} of the AI’s inquiries a month',
    'fewer',
    'more',
  ],
  triageCostPerInquiry: ['triage cost {cmp} than {v} per inquiry', 'less', 'more'],
  routerRecall: ['the triage sent {cmp} than {v} of loaded inquiries to a person', 'fewer', 'more'],
  routerFalseAlarmRate: [
    'the triage sent {cmp} than {v} of routine inquiries to a person',
    'fewer',
    'more',
  ],
  aiEscalationRateRoutine: [
    'the AI passed {cmp} than {v} of the routine inquiries it took to a person',
    'fewer',
    'more',
  ],
  aiEscalationRateLoaded: [
    'the AI passed {cmp} than {v} of the loaded inquiries it took to a person',
    'fewer',
    'more',
  ],
  fumbleRateHumanRoutine: [
    'people handled {cmp} than {v} of routine inquiries badly',
    'fewer',
    'more',
  ],
  fumbleRateHumanLoaded: [
    'people handled {cmp} than {v} of loaded inquiries badly',
    'fewer',
    'more',
  ],
  fumbleRateAiRoutine: [
    'the AI handled {cmp} than {v} of routine inquiries badly',
    'fewer',
    'more',
  ],
  fumbleRateAiLoaded: ['the AI handled {cmp} than {v} of loaded inquiries badly', 'fewer', 'more'],
  churnIfFumbledRoutine: [
    '{cmp} than {v} of clients left after a routine inquiry handled badly',
    'fewer',
    'more',
  ],
  churnIfFumbledLoaded: [
    '{cmp} than {v} of clients left after a loaded inquiry handled badly',
    'fewer',
    'more',
  ],
  wrongAnswerRate: [
    'the AI gave a wrong answer the firm must honour {cmp} than {v} of the time',
    'less',
    'more',
  ],
  costPerWrongAnswer: ['a wrong answer cost {cmp} than {v} to put right', 'less', 'more'],
  assistTimeSaving: ['the assistant saved {cmp} than {v} of a person’s time', 'less', 'more'],
  assistCostPerInquiry: ['the assistant cost {cmp} than {v} per inquiry', 'less', 'more'],
};

function phrase(field: NumericField, side: 'below' | 'above', value: string): string {
  const [template, less, more] = phrases[field] ?? [
    `“${fieldMeta(field).label}” were {cmp} {v}`,
    'below',
    'above',
  ];
  const comparison = side === 'below' ? less : more;
  // The generic template has no "than": it reads "were below 15".
  return template.replace('{cmp}', comparison).replace('{v}', value);
}

/**
 * The threshold in plain sentences, one per side where the recommendation
 * changes, or one saying no value within bounds changes it. `formatValue`
 * writes a value as the page shows it (percent for shares, money in the
 * scenario's currency).
 *
 * @example
 * describeThreshold(findThreshold(UK_SERVICES_FIRM, 'fumbleRateAiLoaded'), formatValue)
 * // => ['Single-tier would become the cheapest in total once the AI fumbled fewer than 4.9 % of loaded inquiries (now 20 %).',
 * //     'All-human would become the cheapest in total once the AI fumbled more than 24.9 % of loaded inquiries (now 20 %).']
 */
export function describeThreshold(
  threshold: Threshold,
  formatValue: (field: NumericField, value: number) => string,
): string[] {
  const { field } = threshold;
  const now = formatValue(field, threshold.base);
  const sentences: string[] = [];
  for (const side of ['below', 'above'] as const) {
    const crossing = threshold[side];
    if (!crossing) continue;
    const condition = phrase(field, side, formatValue(field, crossing.value));
    sentences.push(
      `${capitalize(deploymentNames[crossing.winner])} would become the cheapest in total once ${condition} (now ${now}).`,
    );
  }
  if (sentences.length === 0) {
    sentences.push(
      `No value of “${fieldMeta(field).label}” within its bounds changes the answer: ${deploymentNames[threshold.recommended]} stays the cheapest in total.`,
    );
  }
  return sentences;
}
