/**
 * What a chart drew, in CSS pixels of its canvas: the plot area, each line's
 * points, each bar's box, each marker's line and each label's box. The markers
 * plugin records it on the canvas (data-label-boxes, data-plotted) so that a
 * browser test can check that no label covers another label or a line.
 *
 * Only types come from chart.js here: Chart.svelte loads the library itself.
 */
import type { Chart } from 'chart.js';

/** A box: its top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A label drawn: its box and its text. */
export interface LabelBox extends Box {
  text: string;
}

/** A marker's vertical line: its x, from `top` down to `bottom`, and the label it carries. */
export interface MarkerLine {
  x: number;
  top: number;
  bottom: number;
  label: string;
}

export interface Plotted {
  area: Box;
  /** Each line dataset as its points, in order. */
  lines: [number, number][][];
  /** Each bar, of every bar dataset. */
  bars: Box[];
  markers: MarkerLine[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A bar element's box, vertical or horizontal. */
function barBox(bar: {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}): Box {
  return bar.horizontal
    ? {
        x: Math.min(bar.x, bar.base),
        y: bar.y - bar.height / 2,
        w: Math.abs(bar.x - bar.base),
        h: bar.height,
      }
    : {
        x: bar.x - bar.width / 2,
        y: Math.min(bar.y, bar.base),
        w: bar.width,
        h: Math.abs(bar.base - bar.y),
      };
}

/** The lines and bars of the chart's visible datasets, as drawn. */
export function plottedShapes(chart: Chart): Pick<Plotted, 'lines' | 'bars'> {
  const lines: Plotted['lines'] = [];
  const bars: Box[] = [];
  chart.data.datasets.forEach((_, index) => {
    if (!chart.isDatasetVisible(index)) return;
    const meta = chart.getDatasetMeta(index);
    if (meta.type === 'line') {
      lines.push(meta.data.map((point) => [round(point.x), round(point.y)]));
    } else if (meta.type === 'bar') {
      for (const bar of meta.data) {
        bars.push(
          barBox(bar.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as never),
        );
      }
    }
  });
  return { lines, bars };
}

/** Records what the chart drew on its canvas, for a browser test to measure. */
export function recordPlotted(chart: Chart, labels: LabelBox[], markers: MarkerLine[]): void {
  const canvas = chart.canvas as HTMLCanvasElement | undefined;
  if (!canvas?.dataset) return;
  const { left, top, right, bottom } = chart.chartArea;
  const plotted: Plotted = {
    area: { x: left, y: top, w: right - left, h: bottom - top },
    ...plottedShapes(chart),
    markers,
  };
  canvas.dataset.labelBoxes = JSON.stringify(labels);
  canvas.dataset.plotted = JSON.stringify(plotted);
}
