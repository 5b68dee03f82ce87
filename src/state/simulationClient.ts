/**
 * The page's side of the simulation: a promise per run, progress as it goes,
 * and cancellation when a newer run replaces it. The draws happen in a Web
 * Worker (simulation.worker.ts); where no worker can start, the same handler
 * runs on the main thread between tasks, so the results are the same.
 */
import type { Scenario } from '../model/schema';
import type { Ranges } from '../model/uncertainty/ranges';
import type { SimulationOptions, SimulationProgress } from '../model/uncertainty/simulate';
import type { SimulationMessage, SimulationOutcome, SimulationResponse } from './simulationHandler';
import { createSimulationMessageHandler } from './simulationHandler';

/** The rejection of a run that a newer run, `cancel` or `dispose` replaced. */
export class SimulationCancelledError extends Error {
  constructor() {
    super('The simulation was replaced by a newer one.');
    this.name = 'SimulationCancelledError';
  }
}

/** A place the simulation runs: a Web Worker, or the main thread standing in for one. */
export interface SimulationWorker {
  postMessage(message: SimulationMessage): void;
  onResponse(listener: (response: SimulationResponse) => void): void;
  /** The worker could not start or crashed. */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
}

/** Draws, seed and chunk size, and the number of bars in the histogram (24 by default). */
export type SimulationRunOptions = SimulationOptions & { binCount?: number };

export interface SimulationClient {
  /**
   * Simulates the scenario with its ranges. A run started while another is
   * going cancels that one: its promise rejects with SimulationCancelledError.
   * Invalid ranges are left out and listed in the outcome's `rangeErrors`.
   */
  run(
    scenario: Scenario,
    ranges: Ranges,
    options: SimulationRunOptions,
    onProgress?: (progress: SimulationProgress) => void,
  ): Promise<SimulationOutcome>;
  /** Cancels the current run, if any. */
  cancel(): void;
  /** Cancels the current run and stops the worker; the next run starts a new one. */
  dispose(): void;
}

/** The simulation's Web Worker, bundled by Vite as a module worker. */
export function createBrowserWorker(): SimulationWorker {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onResponse: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<SimulationResponse>) =>
        listener(event.data),
      ),
    onFailure: (listener) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'The simulation worker could not run.');
      });
      worker.addEventListener('messageerror', () =>
        listener('The simulation worker sent an unreadable answer.'),
      );
    },
    terminate: () => worker.terminate(),
  };
}

/** The handler on the main thread, each message and answer a task of its own. */
export function createInThreadWorker(): SimulationWorker {
  let listeners: ((response: SimulationResponse) => void)[] = [];
  const later = (task: () => void) => setTimeout(task, 0);
  const handle = createSimulationMessageHandler(
    (response) => later(() => listeners.forEach((listener) => listener(response))),
    () => new Promise((resolve) => later(resolve)),
  );
  return {
    postMessage: (message) => later(() => handle(message)),
    onResponse: (listener) => listeners.push(listener),
    onFailure: () => {},
    terminate: () => {
      listeners = [];
    },
  };
}

function createDefaultWorker(): SimulationWorker {
  return typeof Worker === 'undefined' ? createInThreadWorker() : createBrowserWorker();
}

/** Plain copies, so that reactive proxies (Svelte's $state) can cross to the worker. */
function plainRequestParts(scenario: Scenario, ranges: Ranges, options: SimulationRunOptions) {
  const plainRanges: Ranges = {};
  for (const [field, range] of Object.entries(ranges) as [keyof Ranges, Ranges[keyof Ranges]][]) {
    if (range) plainRanges[field] = { low: range.low, likely: range.likely, high: range.high };
  }
  const { binCount, ...simulation } = options;
  return { scenario: { ...scenario }, ranges: plainRanges, options: simulation, binCount };
}

interface PendingRun {
  id: number;
  message: SimulationMessage;
  resolve(outcome: SimulationOutcome): void;
  reject(error: Error): void;
  onProgress?: (progress: SimulationProgress) => void;
}

/**
 * A client for the simulation worker, started on the first run. If the worker
 * fails, the run is repeated on the main thread, and later runs stay there.
 *
 * @example
 * const simulation = createSimulationClient();
 * const outcome = await simulation.run(scenario, ranges, { seed: 1 }, ({ done, total }) => show(done / total));
 * outcome.summary.probability.twoTierBeatsSingleTier // => 0.87
 */
export function createSimulationClient(
  createWorker: () => SimulationWorker = createDefaultWorker,
): SimulationClient {
  let worker: SimulationWorker | null = null;
  let makeWorker = createWorker;
  let pending: PendingRun | null = null;
  let nextId = 1;

  function settle(): PendingRun | null {
    const run = pending;
    pending = null;
    return run;
  }

  function receive(response: SimulationResponse) {
    if (!pending || response.id !== pending.id) return; // a late answer to a replaced run
    if (response.type === 'progress') {
      pending.onProgress?.({ done: response.done, total: response.total });
    } else if (response.type === 'result') {
      settle()?.resolve(response.outcome);
    } else if (response.type === 'cancelled') {
      settle()?.reject(new SimulationCancelledError());
    } else {
      settle()?.reject(new Error(response.message));
    }
  }

  function start(): SimulationWorker {
    if (worker) return worker;
    let started: SimulationWorker;
    try {
      started = makeWorker();
    } catch {
      // No worker can start here (a policy, an old browser): run on the main thread.
      makeWorker = createInThreadWorker;
      started = makeWorker();
    }
    started.onResponse(receive);
    started.onFailure(() => {
      started.terminate();
      worker = null;
      makeWorker = createInThreadWorker;
      if (pending) start().postMessage(pending.message);
    });
    worker = started;
    return started;
  }

  function cancel() {
    const run = settle();
    if (!run) return;
    worker?.postMessage({ type: 'cancel', id: run.id });
    run.reject(new SimulationCancelledError());
  }

  return {
    run(scenario, ranges, options, onProgress) {
      cancel();
      const id = nextId++;
      const message: SimulationMessage = {
        type: 'simulate',
        id,
        ...plainRequestParts(scenario, ranges, options),
      };
      return new Promise<SimulationOutcome>((resolve, reject) => {
        pending = { id, message, resolve, reject, onProgress };
        try {
          start().postMessage(message);
        } catch (error) {
          settle();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
