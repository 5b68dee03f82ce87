import { describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/model/presets';
import type { Ranges } from '../../../src/model/uncertainty/ranges';
import { simulate } from '../../../src/model/uncertainty/simulate';
import { summarize } from '../../../src/model/uncertainty/stats';
import type { SimulationMessage } from '../../../src/state/simulationHandler';
import type { SimulationWorker } from '../../../src/state/simulationClient';
import {
  SimulationCancelledError,
  createInThreadWorker,
  createSimulationClient,
} from '../../../src/state/simulationClient';

const UK_SERVICES_FIRM = defaultScenario;
const RANGES: Ranges = { fumbleRateAiLoaded: { low: 0.05, likely: 0.2, high: 0.4 } };
const OPTIONS = { seed: 3, draws: 4_000 };

/** A worker that never answers and fails when asked to, recording what it was sent. */
function silentWorker() {
  const sent: SimulationMessage[] = [];
  let fail: (message: string) => void = () => {};
  const worker: SimulationWorker = {
    postMessage: (message) => sent.push(structuredClone(message)),
    onResponse: () => {},
    onFailure: (listener) => {
      fail = listener;
    },
    terminate: vi.fn(),
  };
  return { worker, sent, fail: (message: string) => fail(message) };
}

describe(createSimulationClient, () => {
  it('resolves with the same summary and samples as the model on the main thread, reporting progress', async () => {
    const client = createSimulationClient(createInThreadWorker);
    const progress: number[] = [];
    const outcome = await client.run(UK_SERVICES_FIRM, RANGES, OPTIONS, ({ done }) =>
      progress.push(done),
    );
    const samples = simulate(UK_SERVICES_FIRM, RANGES, OPTIONS);
    expect(outcome.samples).toEqual(samples);
    expect(outcome.summary).toEqual(summarize(samples));
    expect(progress).toEqual([1_000, 2_000, 3_000]);
  });

  it('passes the histogram’s number of bars through', async () => {
    const client = createSimulationClient(createInThreadWorker);
    const outcome = await client.run(UK_SERVICES_FIRM, RANGES, { ...OPTIONS, binCount: 6 });
    expect(outcome.summary).toEqual(summarize(simulate(UK_SERVICES_FIRM, RANGES, OPTIONS), 6));
  });

  it('cancels a run when a newer one starts, and answers the newer one', async () => {
    const client = createSimulationClient(createInThreadWorker);
    const first = client.run(UK_SERVICES_FIRM, RANGES, OPTIONS);
    const second = client.run(UK_SERVICES_FIRM, RANGES, { ...OPTIONS, seed: 4 });
    await expect(first).rejects.toBeInstanceOf(SimulationCancelledError);
    const outcome = await second;
    expect(outcome.summary.seed).toBe(4);
  });

  it('cancels on request and after dispose starts afresh', async () => {
    const client = createSimulationClient(createInThreadWorker);
    const run = client.run(UK_SERVICES_FIRM, RANGES, OPTIONS);
    client.cancel();
    await expect(run).rejects.toBeInstanceOf(SimulationCancelledError);
    client.dispose();
    await expect(client.run(UK_SERVICES_FIRM, RANGES, OPTIONS)).resolves.toHaveProperty('summary');
  });

  it('tells the worker to stop the run it replaces', () => {
    const { worker, sent } = silentWorker();
    const client = createSimulationClient(() => worker);
    client.run(UK_SERVICES_FIRM, RANGES, OPTIONS).catch(() => {});
    client.run(UK_SERVICES_FIRM, RANGES, OPTIONS).catch(() => {});
    expect(sent.map((m) => `${m.type} ${m.id}`)).toEqual(['simulate 1', 'cancel 1', 'simulate 2']);
  });

  it('sends plain copies, so that a reactive proxy can cross to the worker', () => {
    const { worker, sent } = silentWorker();
    const client = createSimulationClient(() => worker);
    const proxied = new Proxy({ ...UK_SERVICES_FIRM }, {});
    const proxiedRanges = new Proxy(
      { routerRecall: new Proxy({ low: 0.7, likely: 0.9, high: 0.95 }, {}) },
      {},
    );
    expect(() => structuredClone(proxied)).toThrow();
    client.run(proxied, proxiedRanges, OPTIONS).catch(() => {});
    expect(sent[0]).toMatchObject({
      scenario: UK_SERVICES_FIRM,
      ranges: { routerRecall: { low: 0.7, likely: 0.9, high: 0.95 } },
    });
  });

  it('runs on the main thread when the worker fails', async () => {
    const { worker, fail } = silentWorker();
    const client = createSimulationClient(() => worker);
    const run = client.run(UK_SERVICES_FIRM, RANGES, OPTIONS);
    fail('could not load the worker script');
    expect(worker.terminate).toHaveBeenCalled();
    expect((await run).samples).toEqual(simulate(UK_SERVICES_FIRM, RANGES, OPTIONS));
  });

  it('runs on the main thread when no worker can be made', async () => {
    const client = createSimulationClient(() => {
      throw new Error('workers are not allowed here');
    });
    const outcome = await client.run(UK_SERVICES_FIRM, RANGES, OPTIONS);
    expect(outcome.summary.draws).toBe(4_000);
  });
});
