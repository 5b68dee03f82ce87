// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadParts } from '../../../src/components/charts/Chart.svelte';
import { defaultScenario } from '../../../src/model';
import ChartHarness from './chartHarness.svelte';

/** Chart.js stood in for: counts the charts made and their redraws, and keeps the last data. */
const made = vi.hoisted(() => ({ charts: 0, updates: 0, data: null as unknown, context: true }));
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    id = 1;
    data: unknown;
    options: unknown;
    ctx: object | null;
    constructor(_canvas: unknown, config: { data: unknown }) {
      made.charts += 1;
      this.data = config.data;
      this.ctx = made.context ? {} : null; // null: the canvas gave no 2D context
    }
    update() {
      made.updates += 1;
      made.data = this.data;
    }
    destroy() {}
  }
  const part = {};
  return {
    Chart,
    BarController: part,
    BarElement: part,
    LineController: part,
    LineElement: part,
    PointElement: part,
    CategoryScale: part,
    LinearScale: part,
  };
});

/** Runs the browser's next animation frame. */
const nextFrame = () => vi.advanceTimersToNextFrame();

// Chart.js and the builders fetched before the clock is faked, as on a page where they arrived.
beforeAll(() => loadParts());

beforeEach(() => {
  made.charts = 0;
  made.updates = 0;
  made.context = true;
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

describe('a chart as the inputs change', () => {
  it('redraws once, in the next frame, however many changes come before it', async () => {
    const { rerender } = render(ChartHarness, { scenario: defaultScenario });
    await vi.runAllTimersAsync(); // Chart.js arrives and draws the first configuration
    expect(made.charts).toBe(1);

    for (const inquiriesPerMonth of [401, 402, 403]) {
      await rerender({ scenario: { ...defaultScenario, inquiriesPerMonth } });
      flushSync();
    }
    expect(made.updates).toBe(0); // not in the keystroke's own task
    nextFrame();
    expect(made.updates).toBe(1);
    expect(made.charts).toBe(1); // updated in place, never made again
    nextFrame();
    expect(made.updates).toBe(1); // nothing changed since: no redraw
  });

  it('leaves a canvas that gives no 2D context alone as the inputs change', async () => {
    made.context = false;
    const { rerender } = render(ChartHarness, { scenario: defaultScenario });
    await vi.runAllTimersAsync();
    expect(made.charts).toBe(1);
    await rerender({ scenario: { ...defaultScenario, inquiriesPerMonth: 401 } });
    nextFrame();
    // A chart Chart.js could not set up is never updated (it would throw), nor made again.
    expect(made.updates).toBe(0);
    expect(made.charts).toBe(1);
  });

  it('draws the data of the last change', async () => {
    const { rerender } = render(ChartHarness, { scenario: defaultScenario });
    await vi.runAllTimersAsync();
    await rerender({ scenario: { ...defaultScenario, inquiriesPerMonth: 401 } });
    nextFrame();
    const drawnFor401 = JSON.stringify(made.data);
    await rerender({ scenario: { ...defaultScenario, inquiriesPerMonth: 900 } });
    await rerender({ scenario: { ...defaultScenario, inquiriesPerMonth: 401 } });
    nextFrame();
    expect(JSON.stringify(made.data)).toBe(drawnFor401);
  });
});
