/**
 * Scenarios side by side: the key figures of up to three scenarios, each with
 * its difference from the first one (the reference). Pure: evaluates each
 * scenario and subtracts; the page only lays the result out.
 *
 * Two simplifications: amounts within the model's tie tolerance of the
 * reference count as no difference (so rounding noise never shows as "+£0"),
 * and money in another currency has no difference at all, since the
 * calculator converts nothing.
 */
import {
  compareAmounts,
  deploymentIds,
  evaluate,
  type DeploymentId,
  type DeploymentResult,
  type Evaluation,
  type Scenario,
} from '../model';
import type { FigureFormat } from './figureRows';
import { formatMoney, formatQuantity } from './format';

/** At most this many scenarios side by side: more would not fit a screen, or a reader. */
export const MAX_COMPARED = 3;

/** One scenario to compare: a name for its column and its values. */
export interface ComparedScenario {
  name: string;
  scenario: Scenario;
}

/** The figures compared, per deployment, in reading order. */
export type CompareField = Extract<
  keyof DeploymentResult,
  'totalCost' | 'operatingCost' | 'churnCost' | 'liabilityCost' | 'clientsLost' | 'aiShare'
>;

export const compareFields: readonly {
  field: CompareField;
  label: string;
  format: FigureFormat;
}[] = [
  { field: 'totalCost', label: 'Total cost a month', format: 'money' },
  { field: 'operatingCost', label: 'Operating cost', format: 'money' },
  { field: 'churnCost', label: 'Lost clients', format: 'money' },
  { field: 'liabilityCost', label: 'Honouring AI wrong answers', format: 'money' },
  { field: 'clientsLost', label: 'Clients lost a month', format: 'quantity' },
  { field: 'aiShare', label: 'AI share of first contact', format: 'share' },
];

/** A scenario's column: its name, values and evaluation. */
export interface ComparisonColumn extends ComparedScenario {
  evaluation: Evaluation;
  /** True when its verdict is not the first column's (always false for the first). */
  verdictDiffers: boolean;
}

/** One figure of one scenario. */
export interface ComparisonCell {
  value: number;
  /**
   * value minus the first column's value, 0 within the tie tolerance; null in
   * the first column, and for money in a currency other than the first column's.
   */
  difference: number | null;
}

/** One figure of one deployment across the scenarios. */
export interface ComparisonRow {
  deployment: DeploymentId;
  field: CompareField;
  label: string;
  format: FigureFormat;
  cells: ComparisonCell[];
}

/** The rows of one deployment. */
export interface ComparisonSection {
  deployment: DeploymentId;
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  sections: ComparisonSection[];
}

/** The fields shown for a deployment: all people never put an AI first, so no AI share. */
function fieldsOf(deployment: DeploymentId) {
  return compareFields.filter(({ field }) => deployment !== 'allHuman' || field !== 'aiShare');
}

/**
 * The comparison of the first MAX_COMPARED scenarios, in the order given; the
 * first is the one the others are measured against.
 *
 * @example
 * // UK services firm, and the same with 40% loaded inquiries: two-tier's total
 * // rises from £7,744.16 to £8,860.80 a month, a difference of £1,116.64.
 * compareScenarios([
 *   { name: 'Today', scenario: UK_SERVICES_FIRM },
 *   { name: 'More loaded', scenario: ukFirmWith({ loadedShare: 0.4 }) },
 * ]).sections[2].rows[0].cells[1] // => { value: 8860.8, difference: 1116.64 } (to rounding)
 */
export function compareScenarios(items: readonly ComparedScenario[]): Comparison {
  const chosen = items.slice(0, MAX_COMPARED);
  const evaluations = chosen.map(({ scenario }) => evaluate(scenario));
  const reference = chosen[0];
  const columns = chosen.map((item, index) => ({
    ...item,
    evaluation: evaluations[index]!,
    verdictDiffers: index > 0 && evaluations[index]!.verdict !== evaluations[0]!.verdict,
  }));
  const sections = deploymentIds.map((deployment) => ({
    deployment,
    rows: fieldsOf(deployment).map(({ field, label, format }) => {
      const first = evaluations[0]?.deployments[deployment][field] ?? 0;
      return {
        deployment,
        field,
        label,
        format,
        cells: chosen.map(({ scenario }, index) => {
          const value = evaluations[index]!.deployments[deployment][field];
          const comparable =
            index > 0 && (format !== 'money' || scenario.currency === reference?.scenario.currency);
          return { value, difference: comparable ? differenceFrom(value, first) : null };
        }),
      };
    }),
  }));
  return { columns, sections };
}

/** value - reference, or exactly 0 when the two tie within the model's tolerance. */
function differenceFrom(value: number, reference: number): number {
  return compareAmounts(value, reference) === 0 ? 0 : value - reference;
}

/**
 * A difference in words with its sign, so that it is never told by colour
 * alone: "+£1,117", "−0.35", "−3.7 points", "no difference". Shares differ in
 * percentage points, shown like quantities (two significant digits below 10).
 *
 * @example
 * formatDifference(1116.64, 'money', 'GBP') // => '+£1,117'
 * formatDifference(-0.0367, 'share', 'GBP') // => '−3.7 points'
 * formatDifference(0, 'quantity', 'GBP') // => 'no difference'
 */
export function formatDifference(
  difference: number,
  format: FigureFormat,
  currency: Scenario['currency'],
): string {
  if (difference === 0) return 'no difference';
  const sign = difference > 0 ? '+' : '−';
  const size = Math.abs(difference);
  if (format === 'money') return sign + formatMoney(size, currency);
  // A fraction of 0.0367 is 3.67 percentage points.
  if (format === 'share') return `${sign}${formatQuantity(size * 100)} points`;
  return sign + formatQuantity(size);
}

/**
 * Ticks or unticks `key` in the chosen list, keeping the order of choosing;
 * refuses (returns the list unchanged) a fourth choice.
 *
 * @example
 * toggleCompared(['current', 's1', 's2'], 's3') // => ['current', 's1', 's2']: three already
 * toggleCompared(['current', 's1'], 'current') // => ['s1']
 */
export function toggleCompared(chosen: readonly string[], key: string): string[] {
  if (chosen.includes(key)) return chosen.filter((item) => item !== key);
  return chosen.length >= MAX_COMPARED ? [...chosen] : [...chosen, key];
}
