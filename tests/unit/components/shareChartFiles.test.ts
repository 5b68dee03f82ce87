// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartFileName, pageBackground, tableCsv } from '../../../src/components/share/chartFiles';
import { toCsv } from '../../../src/state/resultsCsv';
import type { DataTable } from '../../../src/charts/figure';
import { asymmetryFigure } from '../../../src/charts/asymmetryFigure';
import { distributionFigure } from '../../../src/charts/distributionFigure';
import { loadedShareFigure } from '../../../src/charts/loadedShareFigure';
import { paybackFigure } from '../../../src/charts/paybackFigure';
import { recallFigure } from '../../../src/charts/recallFigure';
import { tornadoFigure } from '../../../src/charts/tornadoFigure';
import { deploymentIds, evaluate } from '../../../src/model';
import { summarize } from '../../../src/model/uncertainty/stats';
import { simulate } from '../../../src/model/uncertainty/simulate';
import { buildTornado } from '../../../src/model/uncertainty/tornado';
import { UK_SERVICES_FIRM } from '../model/fixtures';

/** A table as chart 2 gives it, written by hand: a share with its note, money cells, a range. */
const table: DataTable = {
  caption: 'Monthly total by loaded share, GBP',
  columns: ['Loaded share', 'All people', 'Two-tier', 'Range'],
  units: ['fraction', 'GBP', 'GBP', undefined],
  rows: [
    {
      header: '0%',
      headerValue: 0,
      notes: [],
      unit: 'fraction',
      cells: [
        { text: '£4,800', value: 4800 },
        { text: '-£12.00', value: -12 },
        { text: '80% to 100%', value: 0.8, valueTo: 1 },
      ],
    },
    {
      header: '33% (yours; break-even)',
      headerValue: 0.33,
      notes: ['yours', 'break-even'],
      unit: 'GBP per inquiry',
      cells: [
        { text: '£6,336', metric: 'x', value: 6336.25 },
        { text: 'n/a' },
        { text: '£9.00 to £15', value: 9, valueTo: 15 },
      ],
      marked: true,
    },
  ],
};

describe(tableCsv, () => {
  it('writes the numbers behind the text, the unit in each heading, notes, units and range ends apart', () => {
    const { columns, records } = tableCsv(table);
    expect(columns).toEqual([
      'Loaded share (fraction)',
      'Note',
      'Unit',
      'All people (GBP)',
      'Two-tier (GBP)',
      'Range, from',
      'Range, to',
    ]);
    expect(records).toEqual([
      {
        'Loaded share (fraction)': 0,
        Note: '',
        Unit: 'fraction',
        'All people (GBP)': 4800,
        'Two-tier (GBP)': -12,
        'Range, from': 0.8,
        'Range, to': 1,
      },
      {
        'Loaded share (fraction)': 0.33,
        Note: 'yours; break-even',
        Unit: 'GBP per inquiry',
        'All people (GBP)': 6336.25,
        'Two-tier (GBP)': 'n/a', // a cell with no number keeps its text
        'Range, from': 9,
        'Range, to': 15,
      },
    ]);
  });

  it('gives a CSV with plain numbers: no currency sign, no grouping, a minus left as it is', () => {
    const { columns, records } = tableCsv(table);
    expect(toCsv(records, columns)).toBe(
      [
        'Loaded share (fraction),Note,Unit,All people (GBP),Two-tier (GBP),"Range, from","Range, to"',
        '0,,fraction,4800,-12,0.8,1',
        '0.33,yours; break-even,GBP per inquiry,6336.25,n/a,9,15',
      ].join('\r\n'),
    );
  });

  it('keeps the header’s text, and adds no Note or Unit column, when the rows have none', () => {
    const plain: DataTable = {
      caption: 'Monthly cost',
      columns: ['Option', 'Total'],
      rows: [{ header: 'Two-tier', cells: [{ text: '£7,744', value: 7744.16 }] }],
    };
    expect(tableCsv(plain)).toEqual({
      columns: ['Option', 'Total'],
      records: [{ Option: 'Two-tier', Total: 7744.16 }],
    });
  });
});

/** Each chart's CSV, parsed back as a spreadsheet would read it. */
const evaluation = evaluate(UK_SERVICES_FIRM);
const CHURN_RANGE = { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } };
const summary = summarize(simulate(UK_SERVICES_FIRM, CHURN_RANGE, { seed: 1, draws: 400 }));
const tornado = buildTornado(UK_SERVICES_FIRM, CHURN_RANGE);
const chartTables: [string, DataTable][] = [
  ['asymmetry', asymmetryFigure(UK_SERVICES_FIRM, evaluation).table],
  ['loadedShare', loadedShareFigure(UK_SERVICES_FIRM, evaluation).table],
  ['payback', paybackFigure(UK_SERVICES_FIRM, evaluation).table],
  ['recall', recallFigure(UK_SERVICES_FIRM, evaluation).table],
  ['distribution', distributionFigure(summary, 'GBP').table],
  ['tornado', tornadoFigure(UK_SERVICES_FIRM, tornado).table],
];
/** The columns of words; every other column of a chart's CSV holds numbers only. */
const textColumns = new Set(['Option', 'Input', 'Note', 'Unit', 'Recommended instead']);

function parsed(table: DataTable): Record<string, string>[] {
  const { columns, records } = tableCsv(table);
  return Papa.parse<Record<string, string>>(toCsv(records, columns), { header: true }).data;
}

describe('each chart’s CSV', () => {
  it.each(chartTables)(
    '%s: every cell outside the columns of words is a plain number',
    (_, table) => {
      const rows = parsed(table);
      expect(rows).toHaveLength(table.rows.length);
      const numeric = Object.keys(rows[0]).filter((column) => !textColumns.has(column));
      expect(numeric.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const column of numeric) {
          expect(row[column], column).toMatch(/^-?\d+(\.\d+)?(e-\d+)?$/);
        }
      }
    },
  );

  it('asymmetry: the totals are the model’s, in a column that names the currency', () => {
    const rows = parsed(chartTables[0][1]);
    expect(rows.map((row) => Number(row['Total (GBP)']))).toEqual(
      deploymentIds.map((id) => evaluation.deployments[id].totalCost),
    );
    // Two-tier's £7,744.16 (docs/model.md's worked firm), not "£7,744".
    expect(rows[2]['Total (GBP)']).toMatch(/^7744\.16/);
  });

  it('loadedShare: the firm’s own share is 0.33 with its note, at its own totals', () => {
    const yours = parsed(chartTables[1][1]).find((row) => row.Note === 'yours');
    expect(yours?.['Loaded share (fraction)']).toBe('0.33');
    expect(Number(yours?.['Two-tier (GBP)'])).toBe(evaluation.deployments.twoTier.totalCost);
  });

  it('payback: months are whole numbers and the running totals the timeline’s', () => {
    const rows = parsed(chartTables[2][1]);
    expect(rows.map((row) => row.Month)).toEqual(
      evaluation.timeline.twoTier.cumulativeNet.map((_, index) => String(index + 1)),
    );
    expect(rows.map((row) => Number(row['Single-tier AI (GBP)']))).toEqual(
      evaluation.timeline.singleTierAi.cumulativeNet,
    );
  });

  it('distribution: the bins’ ends meet, the draws add up and their shares make 1', () => {
    const rows = parsed(chartTables[4][1]);
    const from = rows.map((row) => Number(row['Difference a month, from (GBP)']));
    const to = rows.map((row) => Number(row['Difference a month, to (GBP)']));
    expect(from.slice(1)).toEqual(to.slice(0, -1));
    expect(rows.reduce((sum, row) => sum + Number(row.Draws), 0)).toBe(400);
    const shares = rows.reduce((sum, row) => sum + Number(row['Share of draws (fraction)']), 0);
    expect(shares).toBeCloseTo(1, 9);
  });

  it('tornado: each input’s range ends and its unit, and the leads the model gives', () => {
    const rows = parsed(chartTables[5][1]);
    const churn = rows.find((row) => row.Input.startsWith('Clients lost after a loaded'));
    expect(churn).toMatchObject({ Unit: 'fraction', 'Range, from': '0.05', 'Range, to': '0.2' });
    const bar = tornado.bars.find((found) => found.field === 'churnIfFumbledLoaded')!;
    expect(Number(churn?.['Lead at low (GBP)'])).toBe(bar.gapAtLow);
    expect(Number(churn?.['Lead at high (GBP)'])).toBe(bar.gapAtHigh);
  });
});

describe(pageBackground, () => {
  it('is white when the page sets no background, and the page’s colour when it does', () => {
    expect(pageBackground()).toBe('#ffffff');
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    expect(pageBackground()).toBe('rgb(18, 18, 18)');
    document.body.style.backgroundColor = '';
  });
});

describe(chartFileName, () => {
  it('names the file after the chart', () => {
    expect(chartFileName('payback', 'chart', 'png')).toBe('two-tier-payback-chart.png');
    expect(chartFileName('payback', 'data', 'csv')).toBe('two-tier-payback-data.csv');
  });
});
