/**
 * A chart's files: its picture as a PNG and its data table as CSV, the table's
 * own columns and the text it shows, row by row.
 */
import type { DataTable } from '../../charts/figure';

/** Records for `toCsv`: the row header under the first column, then each cell's text. */
export function tableRecords(table: DataTable): Record<string, string>[] {
  const [headerColumn = '', ...cellColumns] = table.columns;
  return table.rows.map((row) =>
    Object.fromEntries([
      [headerColumn, row.header],
      ...row.cells.map((cell, index) => [cellColumns[index] ?? `column ${index + 2}`, cell.text]),
    ]),
  );
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
