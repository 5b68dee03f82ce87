import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../src/components/share/chartPicture';
import type { LegendItem } from '../../../src/charts/figure';

// Every label measures 10 px a character; a line swatch is 26 px, a box 14 px, 6 px before
// the label and 16 px between items.
const measure = (label: string) => label.length * 10;
const line = (label: string): LegendItem => ({ label, colour: '#0072b2' });
const box = (label: string): LegendItem => ({ label, colour: 'currentColor', fill: 'stripes' });

describe(legendRows, () => {
  it('places items left to right while they fit', () => {
    // "All people": 26 + 6 + 100 = 132, then 16 apart; "Two-tier": starts at 148.
    expect(legendRows([line('All people'), line('Two-tier')], 400, measure)).toEqual([
      [
        { item: line('All people'), x: 0 },
        { item: line('Two-tier'), x: 148 },
      ],
    ]);
  });

  it('wraps an item that would cross the width onto a new row', () => {
    // "Lost clients": 14 + 6 + 120 = 140, so the next starts at 156; "Operating" (14 + 6 + 90
    // = 110) would end at 266 > 250: a new row, where "Liability" starts at 110 + 16 = 126
    // and ends at 236, within 250.
    const rows = legendRows(
      [box('Lost clients'), box('Operating'), box('Liability')],
      250,
      measure,
    );
    expect(rows.map((row) => row.map(({ item, x }) => [item.label, x]))).toEqual([
      [['Lost clients', 0]],
      [
        ['Operating', 0],
        ['Liability', 126],
      ],
    ]);
  });

  it('keeps an item wider than the row on a row of its own', () => {
    expect(legendRows([line('x'.repeat(50))], 100, measure)).toEqual([
      [{ item: line('x'.repeat(50)), x: 0 }],
    ]);
  });
});
