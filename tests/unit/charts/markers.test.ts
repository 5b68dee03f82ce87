import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import {
  markerBand,
  markersPlugin,
  type Marker,
  type MarkersOptions,
} from '../../../src/charts/markers';
import type { LabelBox, Plotted } from '../../../src/charts/plotted';

/**
 * A chart stand-in: a 0-1 x axis over pixels 100-500, a plot from y = 50 to 300, no datasets,
 * a canvas to record on, and a context that records what is drawn.
 */
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
  const canvas = { dataset: {} as Record<string, string> };
  const chart = {
    ctx,
    canvas,
    data: { datasets: [] },
    chartArea: { left: 100, right: 500, top: 50, bottom: 300 },
    scales: { x: { getPixelForValue: (value: number) => 100 + value * 400 } },
  } as unknown as Chart;
  return { chart, lines, labels, canvas };
}

function draw(markers: Marker[], above = markerBand(markers.length)) {
  const fake = fakeChart();
  const options: MarkersOptions = {
    lines: markers,
    text: '#000',
    background: '#fff',
    font: '12px sans-serif',
    above,
  };
  markersPlugin.afterDatasetsDraw?.(fake.chart, {} as never, options, false);
  const boxes = JSON.parse(fake.canvas.dataset.labelBoxes) as LabelBox[];
  const plotted = JSON.parse(fake.canvas.dataset.plotted) as Plotted;
  return { ...fake, boxes, plotted };
}

describe(markerBand, () => {
  it('holds a row of 17 px for each label, with 3 px above and below', () => {
    // 2 × 17 + 2 × 3 = 40 px.
    expect(markerBand(2)).toBe(40);
  });
});

describe('markersPlugin', () => {
  it('puts the labels in the band above the plot', () => {
    const { boxes } = draw([
      { x: 0.1, label: 'Tie', colour: '#000' },
      { x: 0.11, label: 'Now £385', colour: '#000' },
    ]);
    // The plot starts at 50 px and the band at 50 − 40 = 10 px.
    for (const box of boxes) {
      expect(box.y).toBeGreaterThanOrEqual(10);
      expect(box.y + box.h).toBeLessThanOrEqual(50);
    }
  });

  it('draws a line at each marker’s x, in the order given, down to the plot’s bottom', () => {
    const { lines, plotted } = draw([
      { x: 0.5, label: 'Half', colour: '#000' },
      { x: 0.25, label: 'Quarter', colour: '#000' },
    ]);
    expect(lines).toEqual([300, 200]);
    expect(plotted.markers.map(({ x, bottom }) => [x, bottom])).toEqual([
      [300, 300],
      [200, 300],
    ]);
  });

  it('skips a marker outside the axis', () => {
    const { lines, boxes } = draw([{ x: 1.5, label: 'Beyond', colour: '#000' }]);
    expect(lines).toEqual([]);
    expect(boxes).toEqual([]);
  });

  it('keeps labels apart, and each marker’s line off the others’ labels', () => {
    const { boxes, plotted } = draw([
      { x: 0.1, label: 'First label', colour: '#000' },
      { x: 0.12, label: 'Second', colour: '#000' },
      { x: 0.9, label: 'Far', colour: '#000' },
    ]);
    for (const [index, box] of boxes.entries()) {
      for (const [at, other] of boxes.entries()) {
        if (at === index) continue;
        const apart =
          box.x + box.w <= other.x ||
          other.x + other.w <= box.x ||
          box.y + box.h <= other.y ||
          other.y + other.h <= box.y;
        expect(apart, `${box.text} and ${other.text}`).toBe(true);
        const line = plotted.markers[at];
        const crossed = line.x > box.x && line.x < box.x + box.w && line.top < box.y + box.h;
        expect(crossed, `${line.label}'s line through ${box.text}`).toBe(false);
      }
    }
  });

  it('writes each label at its box, 3 px in', () => {
    const { boxes, labels } = draw([{ x: 0.98, label: 'Near the edge', colour: '#000' }]);
    // Line at 492 px; the 13-character label is 78 + 6 px wide: left of the line, 492 − 3 − 84.
    expect(boxes[0]).toMatchObject({ x: 405, w: 84, text: 'Near the edge' });
    expect(labels[0]).toMatchObject({ text: 'Near the edge', x: 408 });
  });
});

describe('markersPlugin on a narrow chart', () => {
  it('draws the short labels when the full ones cannot all be placed clear', () => {
    // One row: two 25-character labels (156 px) 20 px apart cannot both fit; the short ones can.
    const markers: Marker[] = [
      { x: 0.3, label: 'A long label for a phone', short: 'A', colour: '#000' },
      { x: 0.35, label: 'Another long label for it', short: 'B', colour: '#000' },
    ];
    const { boxes } = draw(markers, markerBand(1));
    expect(boxes.map((box) => box.text)).toEqual(['A', 'B']);
  });

  it('keeps the full labels when they fit', () => {
    const { boxes } = draw([{ x: 0.3, label: 'Full', short: 'F', colour: '#000' }]);
    expect(boxes.map((box) => box.text)).toEqual(['Full']);
  });
});
