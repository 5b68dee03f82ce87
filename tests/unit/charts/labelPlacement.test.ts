import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type Band, type LabelToPlace } from '../../../src/charts/labelPlacement';
import type { Box } from '../../../src/charts/plotted';

/** A plot from x = 100 to 500, with a band of `rows` rows of 17 px from y = 0 above it. */
const bandOf = (rows: number): Band => ({
  left: 100,
  right: 500,
  top: 0,
  rows,
  rowHeight: 17,
  gap: 3,
});

const apart = (a: Box, b: Box) =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

/** Whether marker `x`'s line, from `top` down, passes through `box`. */
const crosses = (x: number, top: number, box: Box) =>
  x > box.x && x < box.x + box.w && top < box.y + box.h;

describe(placeLabels, () => {
  it('says how many clashes are left when no placement is clear', () => {
    // One row, markers 10 px apart mid-plot with 250 px labels: neither side has 250 px free,
    // so each label, kept inside the plot, lies across a line.
    const { clashes } = placeLabels(
      [
        { x: 300, width: 250 },
        { x: 310, width: 250 },
      ],
      bandOf(1),
    );
    expect(clashes).toBeGreaterThan(0);
  });

  it('puts a lone label right of its line, in the row nearest the plot', () => {
    // Three rows: the lowest starts at 2 × 17 = 34 px; the label starts 3 px right of x = 200.
    const {
      placed: [placed],
    } = placeLabels([{ x: 200, width: 60 }], bandOf(3));
    expect(placed.box).toEqual({ x: 203, y: 34, w: 60, h: 15 });
    expect(placed.lineTop).toBe(34);
  });

  it('turns a label left of its line when it would run past the plot’s right edge', () => {
    // Right of x = 480 the 60 px label would end at 543 > 500; left of it, it starts at 480 − 3 − 60.
    const {
      placed: [placed],
    } = placeLabels([{ x: 480, width: 60 }], bandOf(1));
    expect(placed.box.x).toBe(417);
  });

  it('lifts a label that lies across another marker’s x above that marker’s label', () => {
    // "Single-tier break-even" at 120 runs 123-323 across "Yours" at 200 (a 60 px label): both
    // sides of "Yours" are taken at the lowest row (its line crosses the long label's row), so the
    // long label goes a row up and "Yours" keeps the row nearest the plot, right of its line.
    const {
      placed: [long, yours],
    } = placeLabels(
      [
        { x: 120, width: 200 },
        { x: 200, width: 60 },
      ],
      bandOf(2),
    );
    expect(long.box.y).toBe(0);
    expect(yours.box).toEqual({ x: 203, y: 17, w: 60, h: 15 });
  });

  it('puts labels of markers at the same x either side of it, then a row up', () => {
    // Three 90 px labels at x = 300, two rows: right (303) and left (300 − 3 − 90 = 207) in the
    // lower row, the third right of the line in the row above.
    const { placed } = placeLabels(
      [
        { x: 300, width: 90 },
        { x: 300, width: 90 },
        { x: 300, width: 90 },
      ],
      bandOf(2),
    );
    expect(placed.map(({ box }) => [box.x, box.y])).toEqual([
      [303, 17],
      [207, 17],
      [303, 0],
    ]);
  });

  it('keeps every label clear of the others and of every other marker’s line, given a row each', () => {
    const label = fc.record({
      x: fc.double({ min: 100, max: 500, noNaN: true }),
      // At most a third of the plot wide: a phone's 280 px plot still takes the longest label.
      width: fc.double({ min: 20, max: 400 / 3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels: LabelToPlace[]) => {
        const { placed, clashes } = placeLabels(labels, bandOf(labels.length));
        expect(clashes).toBe(0);
        placed.forEach(({ box }, index) => {
          expect(box.x).toBeGreaterThanOrEqual(100);
          expect(box.x + box.w).toBeLessThanOrEqual(500 + 1e-9);
          placed.forEach((other, at) => {
            if (at === index) return;
            expect(apart(box, other.box)).toBe(true);
            expect(crosses(labels[at].x, other.lineTop, box)).toBe(false);
          });
          expect(crosses(labels[index].x, placed[index].lineTop, box)).toBe(false);
        });
      }),
    );
  });
});
