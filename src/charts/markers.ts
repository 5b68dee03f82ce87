/**
 * A tiny Chart.js plugin: labelled vertical lines at given x values (the
 * firm's own input, break-even points, the month lost clients show). The
 * labels sit in a band above the plot, placed so that none covers another or
 * a line (labelPlacement.ts); each marker's line rises to its own label. When
 * the full labels cannot all be placed clear (a phone), the short ones are.
 * What was drawn is recorded on the canvas (plotted.ts).
 *
 * Only types come from chart.js here: Chart.svelte loads the library itself.
 */
import type { ChartType, Plugin } from 'chart.js';
import { placeLabels } from './labelPlacement';
import { recordPlotted, type LabelBox, type MarkerLine } from './plotted';

/** One vertical line across the plot, in the x axis's own units. */
export interface Marker {
  x: number;
  label: string;
  /** A shorter label, drawn instead when the full ones cannot all be placed clear (a phone). */
  short?: string;
  colour: string;
  /** Canvas dash pattern; solid when absent. */
  dash?: readonly number[];
}

export interface MarkersOptions {
  lines: readonly Marker[];
  /** Label text and the box behind it, so a label stays readable over a grid line. */
  text: string;
  background: string;
  font: string;
  /**
   * Height of the band above the plot, kept free by the chart's layout padding
   * (`markerBand`), where the labels go. Without one they go inside the plot's top.
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
 * The height of a band above the plot that holds `rows` rows of labels, with
 * room above and below them: give it to the chart as layout padding at the top
 * and to the plugin as `above`.
 *
 * @example
 * markerBand(2) // => 40
 */
export function markerBand(rows: number): number {
  return rows * ROW_HEIGHT + 2 * PAD;
}

export const markersPlugin: Plugin<ChartType, MarkersOptions> = {
  id: 'markers',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea: area } = chart;
    const scale = chart.scales.x;
    const labels: LabelBox[] = [];
    const lines: MarkerLine[] = [];
    ctx.save();
    ctx.font = options.font;
    const shown = scale
      ? (options.lines ?? [])
          .map((marker) => ({ marker, x: scale.getPixelForValue(marker.x) }))
          .filter(({ x }) => x >= area.left - 1 && x <= area.right + 1)
      : [];
    const above = options.above ?? 0;
    const band = {
      left: area.left,
      right: area.right,
      top: above > 0 ? area.top - above + PAD : area.top + PAD,
      rows: Math.max(1, Math.floor((above - 2 * PAD) / ROW_HEIGHT)),
      rowHeight: ROW_HEIGHT,
      gap: PAD,
    };
    const place = (texts: string[]) =>
      placeLabels(
        shown.map(({ x }, index) => ({ x, width: ctx.measureText(texts[index]).width + 2 * PAD })),
        band,
      );
    const full = shown.map(({ marker }) => marker.label);
    const first = place(full);
    const shorten = first.clashes > 0 && shown.some(({ marker }) => marker.short);
    const texts = shorten ? shown.map(({ marker }) => marker.short ?? marker.label) : full;
    const { placed } = shorten ? place(texts) : first;
    ctx.lineWidth = 2;
    shown.forEach(({ marker, x }, index) => {
      const { lineTop } = placed[index];
      ctx.strokeStyle = marker.colour;
      ctx.setLineDash(marker.dash ? [...marker.dash] : []);
      ctx.beginPath();
      ctx.moveTo(x, lineTop);
      ctx.lineTo(x, area.bottom);
      ctx.stroke();
      lines.push({ x, top: lineTop, bottom: area.bottom, label: texts[index] });
    });
    ctx.textBaseline = 'top';
    texts.forEach((text, index) => {
      const { box } = placed[index];
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = options.background;
      ctx.fillRect(box.x, box.y, box.w, box.h);
      ctx.globalAlpha = 1;
      ctx.fillStyle = options.text;
      ctx.fillText(text, box.x + PAD, box.y + 2);
      labels.push({ ...box, text });
    });
    ctx.restore();
    recordPlotted(chart, labels, lines);
  },
};
