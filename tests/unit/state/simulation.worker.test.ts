import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/model/presets';
import type { Ranges } from '../../../src/model/uncertainty/ranges';
import { simulate } from '../../../src/model/uncertainty/simulate';
import { summarize } from '../../../src/model/uncertainty/stats';
import type { SimulationRequest, SimulationResponse } from '../../../src/state/simulationHandler';
import {
  createSimulationMessageHandler,
  handleSimulationRequest,
} from '../../../src/state/simulationHandler';

const UK_SERVICES_FIRM = defaultScenario;
const RANGES: Ranges = {
  fumbleRateAiLoaded: { low: 0.05, likely: 0.2, high: 0.4 },
  churnIfFumbledLoaded: { low: 0.05, likely: 0.1, high: 0.3 },
  routerRecall: { low: 0.7, likely: 0.9, high: 0.95 },
};

function request(id: number, draws = 5_000): SimulationRequest {
  return {
    type: 'simulate',
    id,
    scenario: UK_SERVICES_FIRM,
    ranges: RANGES,
    options: { seed: 42, draws },
  };
}

/** Collects responses as a worker's page would receive them: cloned, buffers transferred. */
function collector() {
  const received: SimulationResponse[] = [];
  const post = (response: SimulationResponse, transfer: Transferable[] = []) => {
    received.push(structuredClone(response, { transfer }));
  };
  return { received, post };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function until(condition: () => boolean) {
  for (let tries = 0; tries < 1_000 && !condition(); tries++) await nextTask();
}

describe(handleSimulationRequest, () => {
  it('gives exactly what simulate and summarize give on the main thread', async () => {
    const { received, post } = collector();
    await handleSimulationRequest(request(7), post);
    const last = received.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result') return;
    const samples = simulate(UK_SERVICES_FIRM, RANGES, { seed: 42, draws: 5_000 });
    expect(last.id).toBe(7);
    expect(last.outcome.samples).toEqual(samples);
    expect(last.outcome.summary).toEqual(summarize(samples));
    expect(last.outcome.rangeErrors).toEqual({});
  });

  it('reports progress after every chunk before the result', async () => {
    const { received, post } = collector();
    await handleSimulationRequest(request(1), post);
    expect(received.map((r) => (r.type === 'progress' ? r.done : r.type))).toEqual([
      1_000,
      2_000,
      3_000,
      4_000,
      'result',
    ]);
  });

  it('leaves an invalid range out and says why, keeping the others', async () => {
    const { received, post } = collector();
    const bad: SimulationRequest = {
      ...request(2),
      ranges: { ...RANGES, loadedShare: { low: 0.5, likely: 0.33, high: 0.6 } },
    };
    await handleSimulationRequest(bad, post);
    const last = received.at(-1);
    if (last?.type !== 'result') throw new Error('expected a result');
    expect(last.outcome.rangeErrors).toEqual({
      loadedShare: 'Loaded share: the low end is above the likely value.',
    });
    expect(last.outcome.samples).toEqual(
      simulate(UK_SERVICES_FIRM, RANGES, { seed: 42, draws: 5_000 }),
    );
  });

  it('answers an unreadable request with an error message, never a throw', async () => {
    const { received, post } = collector();
    const broken = { ...request(3), ranges: null } as unknown as SimulationRequest;
    await expect(handleSimulationRequest(broken, post)).resolves.toBeUndefined();
    expect(received).toEqual([{ type: 'error', id: 3, message: expect.any(String) }]);
  });

  it('stops between chunks when told to', async () => {
    const { received, post } = collector();
    let chunks = 0;
    await handleSimulationRequest(request(4), post, { isCancelled: () => ++chunks >= 2 });
    expect(received.map((r) => r.type)).toEqual(['progress', 'progress', 'cancelled']);
  });
});

describe(createSimulationMessageHandler, () => {
  it('cancels a running simulation when a newer request arrives, and finishes the newer one', async () => {
    const { received, post } = collector();
    const onMessage = createSimulationMessageHandler(post, nextTask);
    onMessage(request(1));
    onMessage(request(2));
    await until(() => received.some((r) => r.id === 2 && r.type === 'result'));
    const first = received.filter((r) => r.id === 1);
    expect(first.at(-1)?.type).toBe('cancelled');
    expect(first.some((r) => r.type === 'result')).toBe(false);
    const second = received.filter((r) => r.id === 2).at(-1);
    if (second?.type !== 'result') throw new Error('expected a result');
    expect(second.outcome.samples).toEqual(
      simulate(UK_SERVICES_FIRM, RANGES, { seed: 42, draws: 5_000 }),
    );
  });

  it('cancels a running simulation on a cancel message', async () => {
    const { received, post } = collector();
    const onMessage = createSimulationMessageHandler(post, nextTask);
    onMessage(request(5));
    onMessage({ type: 'cancel', id: 5 });
    await until(() => received.some((r) => r.type !== 'progress'));
    expect(received.at(-1)).toEqual({ type: 'cancelled', id: 5 });
  });
});
