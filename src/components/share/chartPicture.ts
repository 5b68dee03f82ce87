/**
 * A chart as a picture that explains itself: the chart's title and legend
 * drawn above a copy of its canvas, since on the page both are HTML beside
 * the canvas and a downloaded PNG would otherwise show unexplained stripes.
 */
import type { LegendItem } from '../../charts/figure';
import { patternFill } from '../../charts/patterns';

/** Sizes in CSS pixels; the picture is drawn at the chart canvas's own pixel ratio. */
const PAD = 12;
const TITLE_PX = 16;
const LEGEND_PX = 13;
const SWATCH = 14;
const LINE_SWATCH = 26;
const GAP = 16;

/** What goes above the chart, and the colour it is written in. */
export interface PictureText {
  title: string;
  legend: readonly LegendItem[];
  /** The text colour, which also stands in for legend colours given as 'currentColor'. */
  ink: string;
}

/** A new canvas: title, legend (wrapped to the chart's width), then the chart. */
export function chartPicture(chart: HTMLCanvasElement, text: PictureText): HTMLCanvasElement {
  const ratio = chart.clientWidth > 0 ? chart.width / chart.clientWidth : 1;
  const picture = chart.ownerDocument.createElement('canvas');
  const pen = picture.getContext('2d');
  if (!pen) return chart;
  const font = getComputedStyle(chart).fontFamily || 'sans-serif';
  const width = chart.width / ratio;

  pen.font = `${LEGEND_PX}px ${font}`;
  const rows = legendRows(text.legend, width - 2 * PAD, (label) => pen.measureText(label).width);
  const header = PAD + TITLE_PX * 1.4 + rows.length * LEGEND_PX * 1.8 + PAD / 2;
  picture.width = chart.width;
  picture.height = Math.ceil(chart.height + header * ratio);

  // Setting the size reset the context: scale and font again.
  pen.scale(ratio, ratio);
  pen.fillStyle = text.ink;
  pen.textBaseline = 'middle';
  pen.font = `bold ${TITLE_PX}px ${font}`;
  pen.fillText(text.title, PAD, PAD + TITLE_PX * 0.7, width - 2 * PAD);
  pen.font = `${LEGEND_PX}px ${font}`;
  rows.forEach((row, index) => {
    const y = PAD + TITLE_PX * 1.4 + (index + 0.5) * LEGEND_PX * 1.8;
    for (const { item, x } of row) drawLegendItem(pen, item, PAD + x, y, text.ink);
  });
  pen.setTransform(1, 0, 0, 1, 0, 0);
  pen.drawImage(chart, 0, Math.ceil(header * ratio));
  return picture;
}

/** Legend items placed left to right, wrapping to a new row when one would not fit. */
export function legendRows(
  legend: readonly LegendItem[],
  width: number,
  measure: (label: string) => number,
): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [];
  let row: { item: LegendItem; x: number }[] = [];
  let x = 0;
  for (const item of legend) {
    const size = swatchWidth(item) + 6 + measure(item.label);
    if (row.length > 0 && x + size > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, x });
    x += size + GAP;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const isLine = (item: LegendItem) => item.fill === undefined;
const swatchWidth = (item: LegendItem) => (isLine(item) ? LINE_SWATCH : SWATCH);

function drawLegendItem(
  pen: CanvasRenderingContext2D,
  item: LegendItem,
  x: number,
  y: number,
  ink: string,
): void {
  const colour = item.colour === 'currentColor' ? ink : item.colour;
  pen.save();
  pen.strokeStyle = colour;
  if (isLine(item)) {
    pen.lineWidth = 2.5;
    pen.setLineDash([...(item.dash ?? [])]);
    pen.beginPath();
    pen.moveTo(x, y);
    pen.lineTo(x + LINE_SWATCH, y);
    pen.stroke();
  } else {
    pen.fillStyle = patternFill(pen, colour, item.fill ?? 'solid');
    pen.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
    pen.lineWidth = 1;
    pen.strokeRect(x, y - SWATCH / 2, SWATCH, SWATCH);
  }
  pen.restore();
  pen.fillStyle = ink;
  pen.fillText(item.label, x + swatchWidth(item) + 6, y);
}
