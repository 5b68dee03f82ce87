// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { defaultScenario } from '../../../src/model';
import type { Ranges } from '../../../src/model/uncertainty/ranges';
import type { SimulationProgress } from '../../../src/model/uncertainty/simulate';
import { simulate } from '../../../src/model/uncertainty/simulate';
import { summarize } from '../../../src/model/uncertainty/stats';
import { summaryMetrics } from '../../../src/model/uncertainty/metrics';
import {
  SimulationCancelledError,
  type SimulationClient,
} from '../../../src/state/simulationClient';
import type { SimulationOutcome } from '../../../src/state/simulationHandler';
import { SimulationRun } from '../../../src/components/uncertainty/simulationRun.svelte';
import SimulationPanel from '../../../src/components/uncertainty/SimulationPanel.svelte';
import SeedInput from '../../../src/components/uncertainty/SeedInput.svelte';

// The canvas needs Chart.js and a real browser (tests/e2e/uncertainty.spec.ts draws it);
// here the chart is an empty component, and the figures around it are what is tested.
vi.mock('../../../src/components/charts/Chart.svelte', () => ({ default: () => {} }));

const CHURN_RANGE: Ranges = { churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.2 } };

/** A real outcome of 200 draws, as the worker would send it. */
function outcomeOf(seed: number): SimulationOutcome {
  const samples = simulate(defaultScenario, CHURN_RANGE, { seed, draws: 200 });
  return { summary: summarize(samples), samples, rangeErrors: {} };
}

interface FakeRun {
  seed: number;
  resolve(outcome: SimulationOutcome): void;
  reject(error: Error): void;
  onProgress?: (progress: SimulationProgress) => void;
}

/** A stand-in for the worker's client: each run waits until the test settles it. */
function fakeClient() {
  const runs: FakeRun[] = [];
  const client: SimulationClient = {
    run: (_scenario, _ranges, options, onProgress) =>
      new Promise((resolve, reject) => {
        // A newer run cancels the one still going, as the real client does.
        runs.at(-1)?.reject(new SimulationCancelledError());
        runs.push({ seed: options.seed, resolve, reject, onProgress });
      }),
    cancel: vi.fn(() => runs.at(-1)?.reject(new SimulationCancelledError())),
    dispose: vi.fn(),
  };
  return { client, runs };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe(SimulationRun, () => {
  it('waits for typing to settle and runs only the latest request', async () => {
    const { client, runs } = fakeClient();
    const run = new SimulationRun(client, { settleMs: 150, slowMs: 150 });
    run.request(defaultScenario, CHURN_RANGE, 1);
    await vi.advanceTimersByTimeAsync(100);
    run.request(defaultScenario, CHURN_RANGE, 2);
    expect(run.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(149);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.seed)).toEqual([2]);

    const outcome = outcomeOf(2);
    runs[0].resolve(outcome);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.outcome).toBe(outcome);
    expect(run.pending).toBe(false);
  });

  it('shows progress only once a run has taken longer than a moment', async () => {
    const { client, runs } = fakeClient();
    const run = new SimulationRun(client, { settleMs: 150, slowMs: 150 });
    run.request(defaultScenario, CHURN_RANGE, 1);
    await vi.advanceTimersByTimeAsync(150);
    runs[0].onProgress?.({ done: 1000, total: 10000 });
    await vi.advanceTimersByTimeAsync(149);
    expect(run.progress).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(run.progress).toEqual({ done: 1000, total: 10000 });
    runs[0].onProgress?.({ done: 2000, total: 10000 });
    expect(run.progress).toEqual({ done: 2000, total: 10000 });

    runs[0].resolve(outcomeOf(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(run.progress).toBeNull();
  });

  it('stays busy when an older run finishes while a newer request waits', async () => {
    const { client, runs } = fakeClient();
    const run = new SimulationRun(client, { settleMs: 150, slowMs: 150 });
    run.request(defaultScenario, CHURN_RANGE, 1);
    await vi.advanceTimersByTimeAsync(150);
    run.request(defaultScenario, CHURN_RANGE, 2);
    const older = outcomeOf(1);
    runs[0].resolve(older);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.outcome).toBe(older);
    expect(run.pending).toBe(true);

    await vi.advanceTimersByTimeAsync(150);
    const newer = outcomeOf(2);
    runs[1].resolve(newer);
    await vi.advanceTimersByTimeAsync(0);
    expect(run.outcome).toBe(newer);
    expect(run.pending).toBe(false);
  });

  it('says why a run failed, and forgets everything when cleared', async () => {
    const { client, runs } = fakeClient();
    const run = new SimulationRun(client, { settleMs: 150, slowMs: 150 });
    run.request(defaultScenario, CHURN_RANGE, 1);
    await vi.advanceTimersByTimeAsync(150);
    runs[0].reject(new Error('out of memory'));
    await vi.advanceTimersByTimeAsync(0);
    expect(run.error).toBe('out of memory');
    expect(run.pending).toBe(false);

    run.request(defaultScenario, CHURN_RANGE, 1);
    run.clear();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toHaveLength(1);
    expect([run.outcome, run.error, run.pending]).toEqual([null, null, false]);
  });
});

describe('SimulationPanel', () => {
  it('explains that the draws need a range instead of showing any chance', () => {
    const { client } = fakeClient();
    const run = new SimulationRun(client);
    render(SimulationPanel, { scenario: defaultScenario, ranges: {}, seed: 1, onseed() {}, run });
    expect(screen.getByText(/No input has a range yet/)).toBeTruthy();
    expect(document.querySelectorAll('[data-metric]')).toHaveLength(0);
  });

  it('tags every figure of the summary with its name and raw value', async () => {
    const { client, runs } = fakeClient();
    const run = new SimulationRun(client);
    render(SimulationPanel, {
      scenario: defaultScenario,
      ranges: CHURN_RANGE,
      seed: 3,
      onseed() {},
      run,
    });
    await vi.advanceTimersByTimeAsync(150);
    expect(runs.map((r) => r.seed)).toEqual([3]);
    const outcome = outcomeOf(3);
    runs[0].resolve(outcome);
    await vi.advanceTimersByTimeAsync(0);
    flushSync();

    for (const { metric, value } of summaryMetrics(outcome.summary)) {
      const cells = document.querySelectorAll(`[data-metric="${metric}"]`);
      expect(cells, metric).toHaveLength(1);
      expect(Number(cells[0].getAttribute('data-value')), metric).toBe(value);
    }
  });
});

describe('SeedInput', () => {
  it('passes on a whole number, and keeps anything else as typed with its message', async () => {
    const onseed = vi.fn();
    render(SeedInput, { seed: 1, onseed });
    const input = screen.getByRole('textbox', { name: 'Seed of the draws' });
    expect(input).toHaveProperty('value', '1');

    await fireEvent.input(input, { target: { value: '42' } });
    expect(onseed).toHaveBeenLastCalledWith(42);

    // 2^32 = 4,294,967,296 is one past the largest seed.
    for (const bad of ['4294967296', '-3', '1.5', '']) {
      await fireEvent.input(input, { target: { value: bad } });
      expect(input).toHaveProperty('value', bad);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText(/seed must be a whole number from 0 to 4,294,967,295/)).toBeTruthy();
    }
    await fireEvent.input(input, { target: { value: '4294967295' } });
    expect(onseed).toHaveBeenLastCalledWith(4294967295);
    expect(onseed).toHaveBeenCalledTimes(2);
  });
});
