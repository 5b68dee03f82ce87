/**
 * A chart drawn for paper: the screen chart's own configuration, drawn once
 * on a canvas that is never shown, at three device pixels per CSS pixel and
 * with light ink, then turned into a PNG data address for an <img>. Paper
 * wants about 300 dots an inch; a screen canvas has 96 and prints blurred.
 *
 * Only types come from chart.js here: Chart.svelte loads the library.
 */
import type { Chart as ChartJs } from 'chart.js';
import type { ChartKind } from '../../charts/figure';
import type { Evaluation, Scenario } from '../../model';

/** What drawing needs: Chart.js with its parts registered, and the builders. */
export type ChartParts = { Chart: typeof ChartJs } & Pick<
  typeof import('../../charts/configs'),
  'chartBuilders' | 'chartInk'
>;

/** Device pixels per CSS pixel of the printed charts. */
export const PRINT_PIXEL_RATIO = 3;

/**
 * The size a printed chart is laid out at, in CSS pixels: 360 px wide, so that
 * its 12 px labels print at about 8.5 pt in a column of 90 mm, and low enough
 * that two charts side by side leave room for the tables below them.
 */
export const PRINT_CHART_SIZE = Object.freeze({ width: 360, height: 200 });

/**
 * A chart drawn for paper: its PNG data address, and what the markers plugin
 * recorded of its labels and lines (data-label-boxes, data-plotted) for a test.
 */
export interface ChartImage {
  src: string;
  labelBoxes?: string;
  plotted?: string;
}

/** Chart `kind` for this scenario, drawn on light paper. */
export function drawChartImage(
  parts: ChartParts,
  kind: ChartKind,
  scenario: Scenario,
  evaluation: Evaluation,
): ChartImage {
  const canvas = document.createElement('canvas');
  canvas.width = PRINT_CHART_SIZE.width;
  canvas.height = PRINT_CHART_SIZE.height;
  const config = parts.chartBuilders[kind](scenario, evaluation, parts.chartInk(false));
  const chart = new parts.Chart(canvas, {
    ...config,
    options: {
      ...config.options,
      // A fixed size, drawn at once: nothing here is ever resized or animated.
      responsive: false,
      animation: false,
      devicePixelRatio: PRINT_PIXEL_RATIO,
    },
  });
  try {
    const { labelBoxes, plotted } = canvas.dataset;
    return { src: canvas.toDataURL('image/png'), labelBoxes, plotted };
  } finally {
    chart.destroy();
  }
}
