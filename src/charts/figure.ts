/**
 * What a chart's figure says in words: its title, the finding, a description
 * for the canvas, the legend and the data table that is the chart's accessible
 * equivalent. Shared helpers for naming deployments and listing table rows.
 */
import type { Currency, DeploymentId } from '../model';
import { unitSteps } from '../model/sweeps';
import { formatMoney } from '../display/format';
import { deploymentLabels } from '../display/labels';
import type { Fill } from './palette';

/** The four charts of the calculator page. */
export type ChartKind = 'asymmetry' | 'loadedShare' | 'payback' | 'recall';

/** A legend entry: a line (with its dash) or a bar segment (with its fill). */
export interface LegendItem {
  label: string;
  /** A colour, or 'currentColor' for a pattern shown in the text colour. */
  colour: string;
  dash?: readonly number[];
  fill?: Fill;
}

/**
 * A cell of a data table: its text for people, and the raw number it shows for
 * a spreadsheet (model units: money a month, shares as fractions). `metric` and
 * `value` tag a deployment's figure (data-metric, data-value).
 */
export interface TableCell {
  text: string;
  metric?: string;
  value?: number;
  /** With `value`, the other end when the text is a range ("80% to 100%"). */
  valueTo?: number;
}

export interface TableRow {
  /** The row's header cell: a deployment, a share, a month. */
  header: string;
  /** The raw number the header shows, if any (a share, a month); with `headerValueTo`, a range. */
  headerValue?: number;
  headerValueTo?: number;
  /** What the header notes in brackets ("yours", "break-even"), apart for a spreadsheet. */
  notes?: readonly string[];
  /** The unit of the row's numbers in a column whose unit changes from row to row. */
  unit?: string;
  cells: TableCell[];
  /** The firm's own row, or a break-even: shown emphasised. */
  marked?: boolean;
}

export interface DataTable {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: string[];
  /**
   * The unit of each column's numbers, in the order of `columns` ("GBP", "fraction"),
   * for a spreadsheet's header; none for text, counts, months and columns whose
   * unit changes by row (those rows say theirs in `unit`).
   */
  units?: readonly (string | undefined)[];
  rows: TableRow[];
}

/** Everything in a chart's figure except the chart itself. */
export interface FigureText {
  title: string;
  /** The finding, in one sentence. */
  caption: string;
  /** What the chart leaves out of its scale, said under it; none when it shows everything. */
  note?: string;
  /** The canvas's aria-label: what kind of chart it is and where its data is. */
  description: string;
  legend: LegendItem[];
  table: DataTable;
}

/** A deployment's name for a heading or the start of a sentence: "Single-tier AI". */
export function nameOf(id: DeploymentId): string {
  return deploymentLabels[id].name;
}

/** A deployment's name inside a sentence: "single-tier AI", "all people". */
export function nameInSentence(id: DeploymentId): string {
  const name = nameOf(id);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Capitalises the first letter of a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A row header with what happens there: "33% (yours)", "Month 4 (lost clients show)". */
export function notedHeader(text: string, notes: readonly string[]): string {
  return notes.length ? `${text} (${notes.join('; ')})` : text;
}

/**
 * A row's header that shows a number with its notes, marked when it has any:
 * the text for people, the number and the notes apart for a spreadsheet.
 *
 * @example
 * notedRowHeader(0.33, '33%', ['yours'])
 * // => { header: '33% (yours)', headerValue: 0.33, notes: ['yours'], marked: true }
 */
export function notedRowHeader(
  value: number,
  text: string,
  notes: readonly string[],
): Pick<TableRow, 'header' | 'headerValue' | 'notes' | 'marked'> {
  return { header: notedHeader(text, notes), headerValue: value, notes, marked: notes.length > 0 };
}

/** A money cell: "£8,129" on the page, 8129.04 in a spreadsheet. */
export function moneyCell(value: number, currency: Currency): TableCell {
  return { text: formatMoney(value, currency), value };
}

/** A point a table lists besides the tens: the firm's value or a break-even. */
export interface NotedPoint {
  x: number | null;
  note: string;
}

/**
 * Table rows' x values: 0, 0.1, ... 1 and the noted points, in order, each
 * once, with the notes that fall on it.
 *
 * @example
 * notedSteps([{ x: 0.33, note: 'yours' }]).slice(3, 5)
 * // => [{ x: 0.3, notes: [] }, { x: 0.33, notes: ['yours'] }]
 */
export function notedSteps(points: readonly NotedPoint[]): { x: number; notes: string[] }[] {
  const steps = new Map<number, string[]>(unitSteps(11).map((x) => [x, []]));
  for (const { x, note } of points) {
    if (x === null) continue;
    steps.set(x, [...(steps.get(x) ?? []), note]);
  }
  return [...steps.entries()].sort(([a], [b]) => a - b).map(([x, notes]) => ({ x, notes }));
}
