import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import {
  markerBand,
  markersPlugin,
  type Marker,
  type MarkersOptions,
} from '../../../src/charts/markers';

/** A chart stand-in: a 0-1 x axis over pixels 100-500, and a context that records what is drawn. */
function fakeChart() {
  const lines: number[] = [];
  const labels: { text: string; x: number; y: number }[] = [];
  const ctx = {
    font: '',
    textBaseline: '',
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 0,
    globalAlpha: 1,
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {},
    stroke() {},
    fillRect() {},
    moveTo(x: number) {
      lines.push(x);
    },
    lineTo() {},
    // Every character 6 px wide.
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillText(text: string, x: number, y: number) {
      labels.push({ text, x, y });
    },
  };
  const chart = {
    ctx,
    chartArea: { left: 100, right: 500, top: 10, bottom: 300 },
    scales: { x: { getPixelForValue: (value: number) => 100 + value * 400 } },
  } as unknown as Chart;
  return { chart, lines, labels };
}

function draw(markers: Marker[], above?: number) {
  const fake = fakeChart();
  const options: MarkersOptions = {
    lines: markers,
    text: '#000',
    background: '#fff',
    font: '12px sans-serif',
    above,
  };
  markersPlugin.afterDatasetsDraw?.(fake.chart, {} as never, options, false);
  return fake;
}

describe('markersPlugin', () => {
  it('puts the labels in a band above the plot when the chart keeps one', () => {
    // Two labels that overlap take two rows: the band for two rows is 2 × 17 + 3 = 37 px.
    const band = markerBand(2);
    expect(band).toBe(37);
    const { labels } = draw(
      [
        { x: 0.1, label: 'Tie', colour: '#000' },
        { x: 0.11, label: 'Now £385', colour: '#000' },
      ],
      band,
    );
    // The plot starts at 10 px, so both rows lie above it (their text is 13 px tall).
    for (const label of labels) expect(label.y + 13).toBeLessThanOrEqual(10);
    expect(labels[1].y).toBeGreaterThan(labels[0].y);
  });

  it('draws a line at each marker’s x', () => {
    const { lines } = draw([
      { x: 0.5, label: 'Half', colour: '#000' },
      { x: 0.25, label: 'Quarter', colour: '#000' },
    ]);
    expect(lines).toEqual([200, 300]);
  });

  it('skips a marker outside the axis', () => {
    const { lines } = draw([{ x: 1.5, label: 'Beyond', colour: '#000' }]);
    expect(lines).toEqual([]);
  });

  it('moves a label that would overlap the one before it to the next row', () => {
    const { labels } = draw([
      { x: 0.1, label: 'First label', colour: '#000' },
      { x: 0.12, label: 'Second', colour: '#000' },
      { x: 0.9, label: 'Far', colour: '#000' },
    ]);
    const [first, second, far] = labels;
    expect(second.y).toBeGreaterThan(first.y);
    expect(far.y).toBe(first.y);
  });

  it('turns a label near the right edge to the left of its line, inside the plot', () => {
    const { labels } = draw([{ x: 0.98, label: 'Near the edge', colour: '#000' }]);
    // Line at 492 px; the 13-character label is 78 + 6 px wide, so it ends left of the line.
    expect(labels[0].x).toBeLessThan(492);
    expect(labels[0].x).toBeGreaterThanOrEqual(100);
  });
});
