/**
 * A chart's files: its picture as a PNG and its data table as CSV. The CSV is
 * for a spreadsheet: the raw numbers behind the table's text (money a month,
 * shares as fractions), each column's unit in its heading, a range in two
 * columns, and a header's notes in a column of their own.
 */
import type { DataTable, TableCell, TableRow } from '../../charts/figure';
import type { CsvCell } from '../../state/resultsCsv';

/** A column of the CSV: its heading and its cell in each row of the table. */
interface CsvColumn {
  heading: string;
  cell: (row: TableRow) => CsvCell;
}

function headed(heading: string, unit: string | undefined): string {
  return unit ? `${heading} (${unit})` : heading;
}

/** The CSV columns of one of the table's: its numbers where it has them, else its text; a range in two. */
function columnsOf(
  heading: string,
  unit: string | undefined,
  cellOf: (row: TableRow) => TableCell | undefined,
  rows: readonly TableRow[],
): CsvColumn[] {
  const start = (row: TableRow) => {
    const cell = cellOf(row);
    return cell ? (cell.value ?? cell.text) : null;
  };
  if (!rows.some((row) => cellOf(row)?.valueTo !== undefined)) {
    return [{ heading: headed(heading, unit), cell: start }];
  }
  return [
    { heading: headed(`${heading}, from`, unit), cell: start },
    { heading: headed(`${heading}, to`, unit), cell: (row) => cellOf(row)?.valueTo ?? null },
  ];
}

/**
 * A data table as a CSV's columns and records: the row header first (its number
 * when it shows one), then its notes and its unit when any row has them, then
 * each cell's number, or its text when it holds none.
 *
 * @example
 * tableCsv(loadedShareFigure(UK_SERVICES_FIRM, evaluate(UK_SERVICES_FIRM)).table).columns
 * // => ['Loaded share (fraction)', 'Note', 'All people (GBP)', 'Single-tier AI (GBP)', 'Two-tier (GBP)']
 */
export function tableCsv(table: DataTable): {
  columns: string[];
  records: Record<string, CsvCell>[];
} {
  const { rows, units = [] } = table;
  const [headerColumn = '', ...cellColumns] = table.columns;
  const header = (row: TableRow): TableCell => ({
    text: row.header,
    value: row.headerValue,
    valueTo: row.headerValueTo,
  });
  const csvColumns: CsvColumn[] = [
    ...columnsOf(headerColumn, units[0], header, rows),
    ...(rows.some((row) => row.notes?.length)
      ? [{ heading: 'Note', cell: (row: TableRow) => row.notes?.join('; ') ?? '' }]
      : []),
    ...(rows.some((row) => row.unit)
      ? [{ heading: 'Unit', cell: (row: TableRow) => row.unit ?? null }]
      : []),
    ...cellColumns.flatMap((heading, index) =>
      columnsOf(heading, units[index + 1], (row) => row.cells[index], rows),
    ),
  ];
  return {
    columns: csvColumns.map((column) => column.heading),
    records: rows.map((row) =>
      Object.fromEntries(csvColumns.map((column) => [column.heading, column.cell(row)])),
    ),
  };
}

/** The colour behind the page, for a picture's background; white when it has none. */
export function pageBackground(doc: Document = document): string {
  const colour = getComputedStyle(doc.body).backgroundColor;
  return colour === '' || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)'
    ? '#ffffff'
    : colour;
}

/** A chart's file name: "two-tier-loadedShare-chart.png", "two-tier-loadedShare-data.csv". */
export function chartFileName(kind: string, what: 'chart' | 'data', extension: string): string {
  return `two-tier-${kind}-${what}.${extension}`;
}
