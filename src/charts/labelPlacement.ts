/**
 * Where the markers' labels go: in rows of a band above the plot, each beside
 * its own line, so that no label covers another label, a plotted line or
 * another marker's line. A marker's line starts at its own label's row, so a
 * label may lie across the x of a marker whose label sits lower.
 *
 * Pure: pixels in, boxes out. Every combination of row and side is tried (a
 * chart has at most a handful of markers); the first without a clash, nearest
 * the plot and right of its line, wins. When none is clear, the one with the
 * fewest clashes does.
 */
import type { Box } from './plotted';

/** A label to place: its marker's x in pixels and its width. */
export interface LabelToPlace {
  x: number;
  width: number;
}

export interface Band {
  /** The plot's left and right edges: a label stays between them. */
  left: number;
  right: number;
  /** The top of the band's first row and how many rows it has. */
  top: number;
  rows: number;
  rowHeight: number;
  /** Room between a label and its line, and between two labels. */
  gap: number;
}

/** A label placed: its box, and where its marker's line starts (its row's top). */
export interface Placed {
  box: Box;
  lineTop: number;
}

/** The labels placed, and how many clashes are left (0 when every label is clear). */
export interface Placement {
  placed: Placed[];
  clashes: number;
}

/** Markers beyond this many are placed greedily rather than by trying every combination. */
const EXHAUSTIVE = 5;

function candidate(label: LabelToPlace, band: Band, row: number, side: 'right' | 'left'): Placed {
  const beside = side === 'right' ? label.x + band.gap : label.x - band.gap - label.width;
  const x = Math.max(band.left, Math.min(beside, band.right - label.width));
  const y = band.top + row * band.rowHeight;
  return { box: { x, y, w: label.width, h: band.rowHeight - 2 }, lineTop: y };
}

/** The options of one label, best first: the row nearest the plot, right of the line. */
function candidates(label: LabelToPlace, band: Band): Placed[] {
  const options: Placed[] = [];
  for (let row = band.rows - 1; row >= 0; row--) {
    for (const side of ['right', 'left'] as const) options.push(candidate(label, band, row, side));
  }
  return options;
}

const apart = (a: Box, b: Box, gap: number) =>
  a.x + a.w + gap <= b.x || b.x + b.w + gap <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

/** Whether marker `x`'s line, from `lineTop` down, passes through `box`. */
const crosses = (x: number, lineTop: number, box: Box, gap: number) =>
  x > box.x - gap && x < box.x + box.w + gap && lineTop < box.y + box.h;

/** How many ways two placed labels clash: boxes overlapping, or either's line through the other. */
function clashes(a: Placed, ax: number, b: Placed, bx: number, gap: number): number {
  return (
    Number(!apart(a.box, b.box, gap)) +
    Number(crosses(ax, a.lineTop, b.box, gap)) +
    Number(crosses(bx, b.lineTop, a.box, gap))
  );
}

/**
 * The placement of each label, in the order given.
 *
 * @example
 * // A 200 px label at x = 120 lies across x = 200, so it goes a row up, above the
 * // label of the marker at 200: with two rows of 17 px from y = 0 it is at 0, that one at 17.
 * placeLabels([{ x: 120, width: 200 }, { x: 200, width: 60 }],
 *   { left: 100, right: 500, top: 0, rows: 2, rowHeight: 17, gap: 3 })
 *   .placed.map(({ box }) => box.y) // => [0, 17]
 */
export function placeLabels(labels: readonly LabelToPlace[], band: Band): Placement {
  const options = labels.map((label) => candidates(label, band));
  if (labels.length > EXHAUSTIVE) {
    return greedy(labels, options, band.gap);
  }
  let best: { picks: number[]; clashes: number } | null = null;
  const picks: number[] = [];
  // Depth first, options in order of preference: the first clear placement found is the best.
  function search(index: number, clashCount: number): boolean {
    if (best && clashCount >= best.clashes) return false;
    if (index === labels.length) {
      best = { picks: [...picks], clashes: clashCount };
      return clashCount === 0;
    }
    for (const [pick, option] of options[index].entries()) {
      // A label pushed back inside the plot may lie across its own line.
      let added = Number(crosses(labels[index].x, option.lineTop, option.box, 0));
      for (let before = 0; before < index; before++) {
        added += clashes(
          option,
          labels[index].x,
          options[before][picks[before]],
          labels[before].x,
          band.gap,
        );
      }
      picks[index] = pick;
      if (search(index + 1, clashCount + added)) return true;
    }
    return false;
  }
  search(0, 0);
  const found = (best as { picks: number[]; clashes: number } | null) ?? {
    picks: labels.map(() => 0),
    clashes: 0,
  };
  return {
    placed: found.picks.map((pick, index) => options[index][pick]),
    clashes: found.clashes,
  };
}

/** Each label in turn takes its first option that clashes least with those before it. */
function greedy(labels: readonly LabelToPlace[], options: Placed[][], gap: number): Placement {
  const placed: Placed[] = [];
  let clashCount = 0;
  labels.forEach((label, index) => {
    const count = (option: Placed) =>
      placed.reduce(
        (sum, other, before) => sum + clashes(option, label.x, other, labels[before].x, gap),
        Number(crosses(label.x, option.lineTop, option.box, 0)),
      );
    const best = options[index].reduce((kept, option) =>
      count(option) < count(kept) ? option : kept,
    );
    clashCount += count(best);
    placed.push(best);
  });
  return { placed, clashes: clashCount };
}
