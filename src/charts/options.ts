/**
 * Options every chart shares: no animation (an update must not flicker), no
 * built-in legend or tooltip (the figure has its own legend and data table),
 * the page's system font, compact money on the y axis.
 */
import type { ScaleOptions } from 'chart.js';
import type { Currency, DeploymentId } from '../model';
import { formatMoneyCompact, formatShare } from '../display/format';
import { markerBand, type Marker } from './markers';
import { nameOf } from './figure';
import { deploymentColours, deploymentDashes, type Ink } from './palette';

export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_SIZE = 12;

/** A point of a line chart on a linear x axis. */
export interface Point {
  x: number;
  y: number;
}

/**
 * The options of a chart of this type, markers included: their labels take a
 * band above the plot with a row for each, the most they can ever need.
 */
export function baseOptions(ink: Ink, markers: readonly Marker[] = []) {
  const band = markers.length ? markerBand(markers.length) : 0;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: ink.text,
    font: { family: CHART_FONT_FAMILY, size: FONT_SIZE },
    events: [] as (keyof HTMLElementEventMap)[],
    layout: { padding: { top: band } },
    plugins: {
      markers: {
        lines: markers,
        text: ink.text,
        background: ink.background,
        font: `${FONT_SIZE}px ${CHART_FONT_FAMILY}`,
        above: band,
      },
    },
  } as const;
}

/** A deployment's line: its name, colour and dash; points drawn only where they help. */
export function deploymentLine(id: DeploymentId, data: Point[], pointRadius = 0) {
  return {
    label: nameOf(id),
    data,
    borderColor: deploymentColours[id],
    borderDash: [...deploymentDashes[id]],
    borderWidth: 2.5,
    pointRadius,
    pointBackgroundColor: deploymentColours[id],
  };
}

/** A y axis of monthly money, compact ("£12K"), with zero always in view. */
export function moneyAxis(currency: Currency, ink: Ink, title: string): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    beginAtZero: true,
    title: { display: true, text: title, color: ink.text },
    ticks: {
      color: ink.text,
      callback: (value) => formatMoneyCompact(Number(value), currency),
    },
    // The zero line is drawn stronger: above it a gain or a cost, below it a loss.
    grid: {
      color: (context) => (context.tick?.value === 0 ? ink.strong : ink.grid),
      lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1),
    },
    border: { color: ink.strong },
  } as ScaleOptions<'linear'>;
}

/** An x axis from 0 % to 100 %. */
export function shareAxis(ink: Ink, title: string): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    min: 0,
    max: 1,
    title: { display: true, text: title, color: ink.text },
    ticks: {
      color: ink.text,
      stepSize: 0.2,
      callback: (value) => formatShare(Number(value), 0),
    },
    grid: { color: ink.grid },
    border: { color: ink.strong },
  } as ScaleOptions<'linear'>;
}
