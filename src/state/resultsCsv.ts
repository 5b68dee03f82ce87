/**
 * Results as CSV, for spreadsheets: one row per deployment with every figure
 * of docs/model.md, then one row per decision figure; and a generic writer
 * for the chart data tables. RFC 4180 via papaparse's `unparse` (CRLF line
 * ends, quotes where needed); numbers in full precision, in model units.
 */
import Papa from 'papaparse';
import type { Currency } from '../model/schema';
import { deploymentIds, type DeploymentResult, type Evaluation } from '../model/types';

/** One cell: numbers are written in full (`String(number)`), null as an empty cell. */
export type CsvCell = string | number | boolean | null;

/** The deployment figures, in the order of docs/model.md. */
export const deploymentCsvFields = [
  'humanFirst',
  'aiFirst',
  'aiShare',
  'escalations',
  'humanWorkload',
  'aiBillable',
  'aiBilledFumbles',
  'operatingCost',
  'setupCost',
  'fumbledRoutine',
  'fumbledLoaded',
  'clientsLost',
  'churnCost',
  'wrongAnswers',
  'liabilityCost',
  'totalCost',
  'humanHours',
  'fte',
] as const satisfies readonly (keyof DeploymentResult)[];

/** The header of the results CSV: `row`, the deployment figures, then `value` for decision rows. */
export const resultsCsvColumns = ['row', ...deploymentCsvFields, 'value'] as const;

/**
 * The results as CSV. Rows `allHuman`, `singleTierAi`, `twoTier` fill the
 * figure columns (money per month in the scenario's currency, shares as
 * fractions); the decision rows (`recommended`, `cheapestToRun`,
 * `costOnlyTrap`, `verdict`, `breakEvenRecall`, `breakEvenLoadedShare.<d>`,
 * `paybackMonth.<d>`, and `currency` when given) fill only `value`, empty when
 * the model gives none.
 *
 * @example
 * resultsToCsv(evaluate(defaultScenario)).split('\r\n')[4] // => 'recommended,,,…,,twoTier'
 */
export function resultsToCsv(evaluation: Evaluation, currency?: Currency): string {
  const deploymentRows = deploymentIds.map((id) => {
    const result = evaluation.deployments[id];
    return [id, ...deploymentCsvFields.map((field) => result[field]), null];
  });
  const decisions: [string, CsvCell][] = [
    ['recommended', evaluation.recommended],
    ['cheapestToRun', evaluation.cheapestToRun],
    ['costOnlyTrap', evaluation.costOnlyTrap],
    ['verdict', evaluation.verdict],
    ['breakEvenRecall', evaluation.breakEvenRecall],
    ['breakEvenLoadedShare.singleTierAi', evaluation.breakEvenLoadedShare.singleTierAi],
    ['breakEvenLoadedShare.twoTier', evaluation.breakEvenLoadedShare.twoTier],
    ['paybackMonth.singleTierAi', evaluation.timeline.singleTierAi.paybackMonth],
    ['paybackMonth.twoTier', evaluation.timeline.twoTier.paybackMonth],
    ...(currency ? [['currency', currency] as [string, CsvCell]] : []),
  ];
  const empty = deploymentCsvFields.map(() => null);
  const decisionRows = decisions.map(([name, value]) => [name, ...empty, value]);
  return unparse([...resultsCsvColumns], [...deploymentRows, ...decisionRows]);
}

/**
 * Any table as CSV, for chart data tables: the columns are `columns`, or the
 * keys of the first row; a key a row lacks is an empty cell.
 *
 * @example
 * toCsv([{ month: 1, twoTier: -4200 }, { month: 2, twoTier: -3100 }])
 * // => 'month,twoTier\r\n1,-4200\r\n2,-3100'
 */
export function toCsv(
  rows: readonly Readonly<Record<string, CsvCell>>[],
  columns: readonly string[] = Object.keys(rows[0] ?? {}),
): string {
  const cells = rows.map((row) =>
    columns.map((column) =>
      Object.prototype.hasOwnProperty.call(row, column) ? (row[column] ?? null) : null,
    ),
  );
  return unparse([...columns], cells);
}

function unparse(fields: string[], data: CsvCell[][]): string {
  // escapeFormulae: text starting with = + - @ is prefixed with ' so a spreadsheet
  // shows it instead of running it; numbers, negative ones included, are untouched.
  return Papa.unparse({ fields, data }, { escapeFormulae: true });
}
