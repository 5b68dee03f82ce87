/**
 * The simulation's message protocol and its handler: what the page asks the
 * worker, and what the worker answers. Pure apart from the `post` it is given,
 * so the same code runs in the Web Worker (simulation.worker.ts binds it to the
 * worker's scope), on the main thread when there is no Worker, and in tests.
 */
import type { Scenario } from '../model/schema';
import type { NumericField, Ranges } from '../model/uncertainty/ranges';
import { validateRanges } from '../model/uncertainty/ranges';
import type { SimulationOptions, SimulationSamples } from '../model/uncertainty/simulate';
import { simulateInChunks } from '../model/uncertainty/simulate';
import type { UncertaintySummary } from '../model/uncertainty/stats';
import { summarize } from '../model/uncertainty/stats';

/** Ask for a simulation; a newer request supersedes it. */
export interface SimulationRequest {
  type: 'simulate';
  /** Increasing with every request, so that a late answer is recognised. */
  id: number;
  scenario: Scenario;
  ranges: Ranges;
  options: SimulationOptions;
  /** Bars in the histogram of two-tier minus single-tier; 24 by default. */
  binCount?: number;
}

/** Stop a simulation between two chunks. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type SimulationMessage = SimulationRequest | CancelRequest;

/** What a finished simulation sends back. */
export interface SimulationOutcome {
  summary: UncertaintySummary;
  samples: SimulationSamples;
  /** Ranges left out because they were not valid, with the message for each field. */
  rangeErrors: Partial<Record<NumericField, string>>;
}

export type SimulationResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; outcome: SimulationOutcome }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** Sends a response, transferring the listed buffers where the channel can. */
export type PostResponse = (response: SimulationResponse, transfer?: Transferable[]) => void;

/** How a running simulation learns it should stop, and lets messages in between chunks. */
export interface SimulationControl {
  isCancelled(): boolean;
  /** Resolves after other pending work has had its turn; omitted, chunks run back to back. */
  pause?(): Promise<void>;
}

/**
 * Runs one simulation request to its end, posting progress after every chunk
 * and then the outcome (summary, samples, refused ranges), or 'cancelled'
 * when `control` says to stop, or 'error' with a message; never throws.
 *
 * @example
 * const posted: SimulationResponse[] = [];
 * await handleSimulationRequest(
 *   { type: 'simulate', id: 1, scenario: UK_SERVICES_FIRM, ranges, options: { seed: 1 } },
 *   (response) => posted.push(response),
 * );
 * posted.at(-1)?.type // => 'result', after nine 'progress' messages
 */
export async function handleSimulationRequest(
  request: SimulationRequest,
  post: PostResponse,
  control: SimulationControl = { isCancelled: () => false },
): Promise<void> {
  const { id } = request;
  try {
    const { ranges, errors } = validateRanges(request.ranges);
    const run = simulateInChunks(request.scenario, ranges, request.options);
    for (;;) {
      const step = run.next();
      if (step.done) {
        const samples = step.value;
        const outcome = {
          summary: summarize(samples, request.binCount),
          samples,
          rangeErrors: errors,
        };
        const buffers = [
          samples.recommended.buffer,
          ...Object.values(samples.totalCost).map((totals) => totals.buffer),
        ];
        post({ type: 'result', id, outcome }, buffers);
        return;
      }
      post({ type: 'progress', id, ...step.value });
      if (control.pause) await control.pause();
      if (control.isCancelled()) {
        post({ type: 'cancelled', id });
        return;
      }
    }
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The handler of a worker's incoming messages: starts each request, and stops
 * a running one when a newer request or a cancel for it arrives.
 *
 * @example
 * const onMessage = createSimulationMessageHandler((response) => self.postMessage(response), pause);
 * onMessage({ type: 'simulate', id: 1, … }); onMessage({ type: 'simulate', id: 2, … }); // 1 is cancelled
 */
export function createSimulationMessageHandler(
  post: PostResponse,
  pause?: () => Promise<void>,
): (message: SimulationMessage) => void {
  let latest = -Infinity;
  let cancelledThrough = -Infinity;
  return (message) => {
    if (message.type === 'cancel') {
      cancelledThrough = Math.max(cancelledThrough, message.id);
      return;
    }
    latest = Math.max(latest, message.id);
    const isCancelled = () => message.id !== latest || message.id <= cancelledThrough;
    void handleSimulationRequest(message, post, { isCancelled, pause });
  };
}
