/**
 * A tiny Chart.js plugin: labelled vertical lines at given x values (the
 * firm's own input, break-even points, the month churn shows). Labels that
 * would overlap drop to the next row; a label near the right edge turns left.
 *
 * Only types come from chart.js here: Chart.svelte loads the library itself.
 */
import type { ChartType, Plugin } from 'chart.js';
import { recordPlotted, type LabelBox, type MarkerLine } from './plotted';

/** One vertical line across the plot, in the x axis's own units. */
export interface Marker {
  x: number;
  label: string;
  colour: string;
  /** Canvas dash pattern; solid when absent. */
  dash?: readonly number[];
}

export interface MarkersOptions {
  lines: readonly Marker[];
  /** Label text and the box behind it, so a label stays readable over a line. */
  text: string;
  background: string;
  font: string;
  /**
   * Height of a band above the plot, kept free by the chart's layout padding
   * (`markerBand`), where the labels go instead of over the first bars.
   */
  above?: number;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    markers?: MarkersOptions;
  }
}

const ROW_HEIGHT = 17;
const PAD = 3;

/**
 * The height of a band above the plot that holds `rows` rows of labels: give it
 * to the chart as layout padding at the top and to the plugin as `above`.
 */
export function markerBand(rows: number): number {
  return rows * ROW_HEIGHT + PAD;
}

export const markersPlugin: Plugin<ChartType, MarkersOptions> = {
  id: 'markers',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea: area } = chart;
    const scale = chart.scales.x;
    const drawnLabels: LabelBox[] = [];
    const drawnLines: MarkerLine[] = [];
    if (!options.lines?.length || !scale) return recordPlotted(chart, drawnLabels, drawnLines);
    // Right end of the last label placed in each row.
    const rowEnds: number[] = [];
    const labelsTop = area.top - (options.above ?? 0);
    ctx.save();
    ctx.font = options.font;
    ctx.textBaseline = 'top';
    for (const marker of [...options.lines].sort((a, b) => a.x - b.x)) {
      const x = scale.getPixelForValue(marker.x);
      if (!(x >= area.left - 1 && x <= area.right + 1)) continue;
      ctx.strokeStyle = marker.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(marker.dash ? [...marker.dash] : []);
      ctx.beginPath();
      ctx.moveTo(x, labelsTop);
      ctx.lineTo(x, area.bottom);
      ctx.stroke();

      const width = ctx.measureText(marker.label).width + 2 * PAD;
      // Right of the line, or left of it near the right edge; never outside the plot.
      const beside = x + PAD + width > area.right ? x - PAD - width : x + PAD;
      const left = Math.max(area.left, Math.min(beside, area.right - width));
      let row = rowEnds.findIndex((end) => end <= left);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = left + width + PAD;
      const top = labelsTop + PAD + row * ROW_HEIGHT;
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = options.background;
      ctx.fillRect(left, top, width, ROW_HEIGHT - 2);
      ctx.globalAlpha = 1;
      ctx.fillStyle = options.text;
      ctx.fillText(marker.label, left + PAD, top + 2);
      drawnLabels.push({ x: left, y: top, w: width, h: ROW_HEIGHT - 2, text: marker.label });
      drawnLines.push({ x, top: labelsTop, bottom: area.bottom, label: marker.label });
    }
    ctx.restore();
    recordPlotted(chart, drawnLabels, drawnLines);
  },
};
