/**
 * Ranges on inputs the owner is unsure of: low, likely and high, in
 * model units. The likely value is the scenario's own value.
 *
 * A range is checked against its field's bounds from the schema, with one
 * message per field, so that a bad range is refused while the others are kept.
 */
import type { FieldMeta, Scenario } from '../schema';
import { fieldMeta, scenarioFields } from '../schema';

/** Scenario fields that are numbers, and so can carry a range. */
export type NumericField = {
  [K in keyof Scenario]: Scenario[K] extends number ? K : never;
}[keyof Scenario];

/** A three-point estimate: minimum, mode and maximum of a PERT distribution. */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** The ranges a scenario carries, by field; a field without one is a point. */
export type Ranges = Partial<Record<NumericField, Range>>;

/** Every numeric scenario field, in the schema's order (the order draws are taken in). */
export const numericFields: readonly NumericField[] = scenarioFields.filter(
  (field): field is NumericField => {
    const meta = fieldMeta(field);
    // Words (the currency, how the AI is billed) and switches take no range.
    return meta.options === undefined && meta.kind !== 'boolean';
  },
);

/** The ranges that passed, and a message for each field whose range did not. */
export interface RangeCheck {
  ranges: Ranges;
  errors: Partial<Record<NumericField, string>>;
}

function describeBound(meta: FieldMeta, value: number): string {
  return meta.kind === 'share' ? `${value * 100} %` : String(value);
}

/**
 * The problem with one field's range, as a sentence naming the field, or null
 * when the range is usable: three finite numbers, low <= likely <= high, all
 * within the field's bounds (whole numbers where the field is whole).
 *
 * @example
 * checkRange('loadedShare', { low: 0.4, likely: 0.33, high: 0.5 })
 * // => 'Loaded share: the low end is above the likely value.'
 * checkRange('loadedShare', { low: 0.2, likely: 0.33, high: 0.5 }) // => null
 */
export function checkRange(field: NumericField, range: Range): string | null {
  const meta = fieldMeta(field);
  const problem = (text: string) => `${meta.label}: ${text}`;
  const { low, likely, high } = range;
  if (![low, likely, high].every(Number.isFinite)) {
    return problem('the low, likely and high values must all be numbers.');
  }
  if (low > likely) return problem('the low end is above the likely value.');
  if (likely > high) return problem('the high end is below the likely value.');
  if (meta.minExclusive ? low <= meta.min : low < meta.min) {
    const relation = meta.minExclusive ? 'above' : 'at least';
    return problem(`the low end must be ${relation} ${describeBound(meta, meta.min)}.`);
  }
  if (high > meta.max) {
    return problem(`the high end must be at most ${describeBound(meta, meta.max)}.`);
  }
  if (meta.integer && ![low, likely, high].every(Number.isInteger)) {
    return problem('the low, likely and high values must be whole numbers.');
  }
  return null;
}

/**
 * Splits ranges into those that can be used and a message per refused field.
 *
 * @example
 * validateRanges({ loadedShare: { low: 0.2, likely: 0.33, high: 1.5 } }).errors
 * // => { loadedShare: 'Loaded share: the high end must be at most 100 %.' }
 */
export function validateRanges(ranges: Ranges): RangeCheck {
  const result: RangeCheck = { ranges: {}, errors: {} };
  for (const field of numericFields) {
    const range = ranges[field];
    if (!range) continue;
    const problem = checkRange(field, range);
    if (problem) result.errors[field] = problem;
    else result.ranges[field] = range;
  }
  return result;
}

/** Default swing of an input without a range: a quarter of its value either way… */
const RELATIVE_SWING = 0.25;
/** … or, for a share, ten points. */
const SHARE_SWING = 0.1;
/**
 * … or, for an input whose 0 is a plan's or a rollout's setting rather than a
 * measurement, from 0 up to a value a firm meets: plans include tens to
 * hundreds of AI inquiries a month (Intercom Fin's standalone plan, 50), and
 * published rollouts reach the AI's full share around month 6.
 */
const SWING_FROM_ZERO: Partial<Record<NumericField, number>> = {
  aiIncludedPerMonth: 100,
  aiRampMonths: 6,
};

/**
 * The swing an input is given when the owner has set no range: ±25 % for money,
 * counts, multipliers and the like (rounded for whole months), and ±10 points
 * for shares, always within the field's bounds. Also the range an "I'm not
 * sure" control opens with.
 *
 * A share below 20 % swings by half its value instead (±50 %, which is ±10
 * points at 20 %): ten points on a 0.2 % wrong-answer rate would be a fiftyfold
 * change and would top every tornado for no reason an owner would recognise.
 *
 * The AI's allowance and ramp-up are 0 unless a plan or a rollout sets them;
 * at 0 they swing from 0 to 100 inquiries a month and to 6 months.
 *
 * @example
 * defaultSwing('aiCostPerInquiry', 0.8) // => { low: 0.6, likely: 0.8, high: 1 }
 * defaultSwing('routerRecall', 0.95) // => { low: 0.85, likely: 0.95, high: 1 }
 * defaultSwing('wrongAnswerRate', 0.002) // => { low: 0.001, likely: 0.002, high: 0.003 }
 * defaultSwing('aiIncludedPerMonth', 0) // => { low: 0, likely: 0, high: 100 }
 * defaultSwing('aiRampMonths', 0) // => { low: 0, likely: 0, high: 6 }
 * defaultSwing('aiRampMonths', 6) // => { low: 5, likely: 6, high: 8 } (4.5 and 7.5, rounded)
 */
export function defaultSwing(field: NumericField, value: number): Range {
  const fromZero = SWING_FROM_ZERO[field];
  if (value === 0 && fromZero !== undefined) return { low: 0, likely: 0, high: fromZero };
  const meta = fieldMeta(field);
  const shareSwing = Math.min(SHARE_SWING, value / 2);
  let low = meta.kind === 'share' ? value - shareSwing : value * (1 - RELATIVE_SWING);
  let high = meta.kind === 'share' ? value + shareSwing : value * (1 + RELATIVE_SWING);
  if (meta.integer) {
    low = Math.round(low);
    high = Math.round(high);
  }
  low = roundOff(Math.max(meta.min, low));
  // An exclusive lower bound (active clients > 0) cannot be the low end: keep the value.
  if (meta.minExclusive && low <= meta.min) low = value;
  return {
    low: Math.min(value, low),
    likely: value,
    high: Math.max(value, roundOff(Math.min(meta.max, high))),
  };
}

/** Drops binary noise such as 0.8 * 0.75 = 0.6000000000000001, keeping 12 significant digits. */
function roundOff(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(12));
}
