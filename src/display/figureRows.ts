/**
 * The rows of the key-figures table: which figure, its label and how it is
 * formatted. Two rows are derived for reading by the model
 * (src/model/yearlyClients.ts): clients lost in a year at this month's rate,
 * and that as a share of today's client base.
 */
import {
  type AiDeploymentId,
  type Evaluation,
  clientsLostPerYear,
  clientsLostPerYearShare,
  type DeploymentResult,
  type Scenario,
} from '../model';

/** A figure of a deployment: a model field, or one of the two derived for reading. */
export type FigureField = keyof DeploymentResult | 'clientsLostPerYear' | 'clientsLostPerYearShare';

export type FigureFormat = 'money' | 'quantity' | 'share';

export interface FigureRow {
  field: FigureField;
  label: string;
  format: FigureFormat;
  /** Left off the printed page, which has one page for everything (the payback is in its chart). */
  screenOnly?: boolean;
}

export interface FigureSection {
  title: string;
  rows: readonly FigureRow[];
}

/** The table's sections, in reading order: money first, then clients, then work. */
export const figureSections: readonly FigureSection[] = [
  {
    title: 'Cost a month',
    rows: [
      { field: 'operatingCost', label: 'Operating cost', format: 'money' },
      { field: 'churnCost', label: 'Lost clients', format: 'money' },
      { field: 'liabilityCost', label: 'Honouring AI wrong answers', format: 'money' },
      { field: 'totalCost', label: 'Total', format: 'money' },
    ],
  },
  {
    title: 'Once',
    rows: [{ field: 'setupCost', label: 'Setup cost (one-off)', format: 'money' }],
  },
  {
    title: 'Clients',
    rows: [
      { field: 'clientsLost', label: 'Clients lost a month', format: 'quantity' },
      { field: 'clientsLostPerYear', label: 'Clients lost a year', format: 'quantity' },
      { field: 'clientsLostPerYearShare', label: 'Share of clients lost a year', format: 'share' },
    ],
  },
  {
    title: 'Work a month',
    rows: [
      { field: 'aiShare', label: 'AI share of first contact', format: 'share' },
      { field: 'humanHours', label: 'Hours of people’s time', format: 'quantity' },
      { field: 'fte', label: 'Full-time people', format: 'quantity' },
      { field: 'fumbledLoaded', label: 'Loaded inquiries handled badly', format: 'quantity' },
      { field: 'wrongAnswers', label: 'AI wrong answers', format: 'quantity' },
      {
        field: 'aiBillable',
        label: 'Inquiries the AI is billed for',
        format: 'quantity',
        screenOnly: true,
      },
    ],
  },
];

/**
 * The raw value of a figure: the model's field, or a year of clients lost
 * (`clientsLostPerYear` in src/model/yearlyClients.ts) and its share of the base.
 *
 * @example
 * // UK services firm, two-tier: 0.69544 clients a month
 * figureValue('clientsLostPerYear', twoTier, UK_SERVICES_FIRM) // => 8.34528 (0.69544 x 12)
 * figureValue('clientsLostPerYearShare', twoTier, UK_SERVICES_FIRM) // => 0.0417264 (8.34528 / 200)
 */
export function figureValue(
  field: FigureField,
  result: DeploymentResult,
  scenario: Scenario,
): number {
  if (field === 'clientsLostPerYear') return clientsLostPerYear(result, scenario);
  if (field === 'clientsLostPerYearShare') return clientsLostPerYearShare(result, scenario);
  return result[field];
}

/**
 * When an AI deployment's running total first turns positive, in words and as
 * the raw month ('' when it never does within the months shown).
 *
 * @example
 * paybackCell(evaluate(UK_SERVICES_FIRM), 'twoTier', 24) // => { value: '3', words: 'month 3' }
 * paybackCell(evaluate(UK_SERVICES_FIRM), 'singleTierAi', 24) // => { value: '', words: 'never within 24 months' }
 */
export function paybackCell(
  evaluation: Evaluation,
  deployment: AiDeploymentId,
  horizonMonths: number,
): { value: string; words: string } {
  const month = evaluation.timeline[deployment].paybackMonth;
  if (month === null) {
    return { value: '', words: `never within ${horizonMonths} month${horizonMonths === 1 ? '' : 's'}` };
  }
  return { value: String(month), words: `month ${month}` };
}
