/**
 * A person reads the charts' labels ("Yours 33%", "Two-tier pays back, month 3")
 * on a phone, on a wide screen and on paper: no label covers another, a plotted
 * line, a bar or another marker's line, and none is cut off at the canvas edge.
 *
 * The markers plugin records what it drew on the canvas (on paper, on the
 * printed picture): each label's box in data-label-boxes, and the plot area,
 * the lines' points, the bars and the markers' lines in data-plotted, all in
 * CSS pixels of the canvas.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures';
import type { Box, LabelBox, Plotted } from '../../src/charts/plotted';

const scenarios = [
  { name: 'the defaults', url: '/' },
  { name: '1,200 inquiries, 45% loaded', url: '/?inquiriesPerMonth=1200&loadedShare=0.45' },
];
const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** Half the widest stroke a chart draws (2.5 px lines, 2 px point radius): a label keeps clear of it. */
const STROKE = 2;

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const grown = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  w: box.w + 2 * by,
  h: box.h + 2 * by,
});

/**
 * Whether the segment from `a` to `b` passes through `box`, after clipping it
 * to `area` (Chart.js draws the lines clipped to the plot area).
 * Liang-Barsky: the part of the segment inside both boxes, if any.
 */
function segmentCrosses(a: [number, number], b: [number, number], box: Box, area: Box): boolean {
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let from = 0;
  let to = 1;
  for (const clip of [area, box]) {
    const sides: [number, number][] = [
      [-dx, x0 - clip.x],
      [dx, clip.x + clip.w - x0],
      [-dy, y0 - clip.y],
      [dy, clip.y + clip.h - y0],
    ];
    for (const [p, q] of sides) {
      if (p === 0) {
        if (q < 0) return false;
      } else if (p < 0) {
        from = Math.max(from, q / p);
      } else {
        to = Math.min(to, q / p);
      }
    }
  }
  return from < to;
}

/** Everything wrong with one chart's labels, as sentences; empty when they are legible. */
function labelProblems(labels: LabelBox[], plotted: Plotted, size: Box): string[] {
  const problems: string[] = [];
  // A line may be drawn up to half its width outside the plot area.
  const drawnArea = grown(plotted.area, STROKE);
  labels.forEach((label, index) => {
    if (label.x < 0 || label.y < 0 || label.x + label.w > size.w || label.y + label.h > size.h) {
      problems.push(`"${label.text}" is cut off by the canvas edge`);
    }
    for (const other of labels.slice(index + 1)) {
      if (overlaps(label, other)) problems.push(`"${label.text}" overlaps "${other.text}"`);
    }
    const clear = grown(label, STROKE);
    plotted.lines.forEach((points, line) => {
      const crossed = points
        .slice(1)
        .some((end, at) => segmentCrosses(points[at], end, clear, drawnArea));
      const dot = points.some(
        ([x, y]) =>
          overlaps(clear, { x, y, w: 0, h: 0 }) && overlaps(drawnArea, { x, y, w: 0, h: 0 }),
      );
      if (crossed || dot) problems.push(`"${label.text}" covers line ${line + 1}`);
    });
    for (const bar of plotted.bars) {
      if (overlaps(label, bar)) problems.push(`"${label.text}" covers a bar`);
    }
    for (const marker of plotted.markers) {
      if (marker.label === label.text) continue;
      const line = { x: marker.x - 1, y: marker.top, w: 2, h: marker.bottom - marker.top };
      if (overlaps(label, line))
        problems.push(`"${label.text}" is crossed by the "${marker.label}" line`);
    }
  });
  return problems;
}

/** What one drawn chart (a canvas or a printed picture) recorded, with its name. */
async function readChart(element: Locator) {
  return element.evaluate((node: HTMLElement) => ({
    name: node.closest('figure')?.dataset.chart ?? '?',
    labels: JSON.parse(node.dataset.labelBoxes ?? 'null') as LabelBox[] | null,
    plotted: JSON.parse(node.dataset.plotted ?? 'null') as Plotted | null,
    // A printed picture is laid out at its width and height attributes, a canvas at its CSS size.
    size:
      node instanceof HTMLImageElement
        ? {
            x: 0,
            y: 0,
            w: Number(node.getAttribute('width')),
            h: Number(node.getAttribute('height')),
          }
        : { x: 0, y: 0, w: node.clientWidth, h: node.clientHeight },
  }));
}

/** Checks every chart given and returns how many labels were measured. */
async function expectLegible(charts: Locator, expected: number): Promise<number> {
  await expect(charts).toHaveCount(expected);
  let measured = 0;
  const problems: string[] = [];
  for (const element of await charts.all()) {
    const { name, labels, plotted, size } = await readChart(element);
    expect(labels, `${name}: the label boxes are recorded`).not.toBeNull();
    expect(plotted, `${name}: what is plotted is recorded`).not.toBeNull();
    problems.push(
      ...labelProblems(labels!, plotted!, size).map((problem) => `${name}: ${problem}`),
    );
    measured += labels!.length;
  }
  expect(problems).toEqual([]);
  return measured;
}

/** The calculator's charts, drawn after each is scrolled into view. */
async function drawnCharts(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: 'Where the money goes' });
  const figures = section.getByRole('figure');
  await expect(figures).toHaveCount(4);
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  const canvases = section.locator('canvas[data-chart-id]');
  await expect(canvases).toHaveCount(4);
  await expect(section.locator('canvas[data-label-boxes]')).toHaveCount(4);
  return section.locator('canvas[data-label-boxes]');
}

for (const { name, url } of scenarios) {
  test.describe(`the charts' labels with ${name}`, () => {
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`stay apart and off the lines at ${viewport.width} px, ${colorScheme}`, async ({
          page,
        }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(url);
          await waitForIslands(page);
          const measured = await expectLegible(await drawnCharts(page), 4);
          // The loaded-share, month-by-month and recall charts carry at least five labels between them.
          expect(measured).toBeGreaterThanOrEqual(5);
        });
      }
    }

    test('stay apart and off the lines on paper', async ({ page }) => {
      await page.goto(url);
      await waitForIslands(page);
      await page.emulateMedia({ media: 'print' });
      const summary = page.locator('.print-summary');
      await expect(summary.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false', {
        timeout: 15_000,
      });
      const pictures = summary.locator('img[data-label-boxes]');
      // The month-by-month picture marks at least when a deployment pays back or lost clients show.
      expect(await expectLegible(pictures, 2)).toBeGreaterThanOrEqual(1);
    });
  });
}
