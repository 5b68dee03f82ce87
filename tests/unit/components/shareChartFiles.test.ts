// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  chartFileName,
  pageBackground,
  tableRecords,
} from '../../../src/components/share/chartFiles';
import { toCsv } from '../../../src/state/resultsCsv';
import type { DataTable } from '../../../src/charts/figure';

const table: DataTable = {
  caption: 'Monthly total by loaded share, GBP',
  columns: ['Loaded share', 'All people', 'Two-tier'],
  rows: [
    { header: '0%', cells: [{ text: '£4,800' }, { text: '-£12.00' }] },
    {
      header: '33% (yours)',
      cells: [{ text: '£6,336', metric: 'x', value: 6336 }, { text: '£5,100' }],
      marked: true,
    },
  ],
};

describe(tableRecords, () => {
  it('keys each row by the table’s columns: the row header first, then the cells as shown', () => {
    expect(tableRecords(table)).toEqual([
      { 'Loaded share': '0%', 'All people': '£4,800', 'Two-tier': '-£12.00' },
      { 'Loaded share': '33% (yours)', 'All people': '£6,336', 'Two-tier': '£5,100' },
    ]);
  });

  it('gives a CSV with the table’s header, quoting commas and guarding a leading minus', () => {
    expect(toCsv(tableRecords(table), table.columns)).toBe(
      [
        'Loaded share,All people,Two-tier',
        '0%,"£4,800","\'-£12.00"',
        '33% (yours),"£6,336","£5,100"',
      ].join('\r\n'),
    );
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
