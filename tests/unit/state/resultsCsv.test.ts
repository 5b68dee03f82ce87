import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { defaultScenario, deploymentIds, evaluate } from '../../../src/model';
import { deploymentCsvFields, resultsToCsv, toCsv } from '../../../src/state/resultsCsv';

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe(resultsToCsv, () => {
  const evaluation = evaluate(defaultScenario);
  const rows = parse(resultsToCsv(evaluation, 'GBP'));
  const header = rows[0]!;
  const row = (name: string) => rows.find((cells) => cells[0] === name)!;
  const cell = (name: string, column: string) => row(name)[header.indexOf(column)];

  it('has a column for every figure a deployment has', () => {
    expect([...deploymentCsvFields].sort()).toEqual(
      Object.keys(evaluation.deployments.allHuman).sort(),
    );
    expect(header).toEqual(['row', ...deploymentCsvFields, 'value']);
  });

  it('has one row per deployment, then the decision rows', () => {
    expect(rows.map((cells) => cells[0])).toEqual([
      'row',
      ...deploymentIds,
      'recommended',
      'cheapestToRun',
      'costOnlyTrap',
      'verdict',
      'breakEvenRecall',
      'breakEvenLoadedShare.singleTierAi',
      'breakEvenLoadedShare.twoTier',
      'paybackMonth.singleTierAi',
      'paybackMonth.twoTier',
      'currency',
    ]);
    expect(rows.every((cells) => cells.length === header.length)).toBe(true);
  });

  it('writes the all-human figures of the default scenario', () => {
    // By hand: 132 loaded and 268 routine inquiries; work units 268 + 132 x 1.5 = 466;
    // operating cost 466 x 12 = 5,592; fumbles 268 x 0.01 = 2.68 and 132 x 0.03 = 3.96;
    // clients lost 2.68 x 0.01 + 3.96 x 0.1 = 0.4228; churn 0.4228 x 6,000 = 2,536.8;
    // total 5,592 + 2,536.8 = 8,128.8.
    expect(Number(cell('allHuman', 'operatingCost'))).toBeCloseTo(5592, 9);
    expect(Number(cell('allHuman', 'clientsLost'))).toBeCloseTo(0.4228, 12);
    expect(Number(cell('allHuman', 'totalCost'))).toBeCloseTo(8128.8, 9);
    expect(cell('allHuman', 'value')).toBe('');
  });

  it('writes every figure in full precision', () => {
    for (const id of deploymentIds) {
      for (const field of deploymentCsvFields) {
        expect(Number(cell(id, field))).toBe(evaluation.deployments[id][field]);
      }
    }
  });

  it('puts decisions in the value column, empty where the model gives none', () => {
    expect(cell('recommended', 'value')).toBe(evaluation.recommended);
    expect(cell('costOnlyTrap', 'value')).toBe(String(evaluation.costOnlyTrap));
    expect(cell('currency', 'value')).toBe('GBP');
    expect(cell('recommended', 'operatingCost')).toBe('');
    const noPayback = evaluate({ ...defaultScenario, aiSetupCost: 1e12 });
    const payback = parse(resultsToCsv(noPayback)).find(
      (cells) => cells[0] === 'paybackMonth.singleTierAi',
    )!;
    expect(noPayback.timeline.singleTierAi.paybackMonth).toBeNull();
    expect(payback.at(-1)).toBe('');
  });

  it('leaves out the currency row when no currency is given', () => {
    expect(parse(resultsToCsv(evaluation)).some((cells) => cells[0] === 'currency')).toBe(false);
  });
});

describe(toCsv, () => {
  it('writes the first row’s keys as the header, CRLF between lines', () => {
    expect(
      toCsv([
        { month: 1, twoTier: -4200 },
        { month: 2, twoTier: -3100.5 },
      ]),
    ).toBe('month,twoTier\r\n1,-4200\r\n2,-3100.5');
  });

  it('takes the columns given, with empty cells for what a row lacks or holds null', () => {
    expect(toCsv([{ a: 1, b: null }, { a: 2 }], ['a', 'b'])).toBe('a,b\r\n1,\r\n2,');
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = toCsv([
      { label: 'a, "b"\nc' },
      { label: '=HYPERLINK("http://x")' },
      { label: '-1+1' },
    ]);
    expect(parse(csv).slice(1)).toEqual([['a, "b"\nc'], ['\'=HYPERLINK("http://x")'], ["'-1+1"]]);
  });

  it('is just a header line for no rows when columns are given, and empty otherwise', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
    expect(toCsv([])).toBe('');
  });

  it('does not read inherited keys', () => {
    const row = JSON.parse('{"__proto__": {"x": 1}, "a": 2}') as Record<string, number>;
    expect(toCsv([row], ['a', 'x', 'toString'])).toBe('a,x,toString\r\n2,,');
  });
});

describe('the files and storage document', () => {
  it('lists the results CSV columns in order', () => {
    const doc = readFileSync(
      new URL('../../../docs/files-and-storage.md', import.meta.url),
      'utf8',
    );
    const section = doc.slice(doc.indexOf('## Results CSV'));
    const listed = section
      .slice(section.indexOf('Columns:'), section.indexOf('Rows:'))
      .replace(/\s+/g, ' ');
    expect(listed).toContain(deploymentCsvFields.map((field) => `\`${field}\``).join(', '));
  });
});
