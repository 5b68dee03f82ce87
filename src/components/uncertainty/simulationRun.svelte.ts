/**
 * The results panel's side of the simulation: one run at a time. A request
 * waits a moment for typing to settle, a newer request replaces an older one
 * (the older run is cancelled in the worker), and progress shows only once a
 * run has taken longer than a moment, so that a quick run never flickers.
 */
import type { Scenario } from '../../model/schema';
import type { Ranges } from '../../model/uncertainty/ranges';
import type { SimulationProgress } from '../../model/uncertainty/simulate';
import {
  createSimulationClient,
  SimulationCancelledError,
  type SimulationClient,
} from '../../state/simulationClient';
import type { SimulationOutcome } from '../../state/simulationHandler';

/** How long typing must pause before a run starts, in ms. */
export const SETTLE_MS = 150;
/** How long a run may take before its progress shows, in ms. */
export const SLOW_MS = 150;

export interface SimulationTiming {
  settleMs: number;
  slowMs: number;
}

export class SimulationRun {
  /** The last finished run's outcome; it stays while a newer run is under way. */
  outcome: SimulationOutcome | null = $state.raw(null);
  /** The running simulation's progress once it has taken longer than a moment, else null. */
  progress: SimulationProgress | null = $state.raw(null);
  /** True from a request until its outcome (or a failure) arrives. */
  pending = $state(false);
  /** Why the last run failed, or null. */
  error: string | null = $state(null);

  #client: SimulationClient;
  #timing: SimulationTiming;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts requests: only the latest one's outcome ends `pending`. */
  #requested = 0;

  constructor(
    client: SimulationClient = createSimulationClient(),
    timing: SimulationTiming = { settleMs: SETTLE_MS, slowMs: SLOW_MS },
  ) {
    this.#client = client;
    this.#timing = timing;
  }

  /** Simulates the scenario with its ranges and seed once typing settles. */
  request(scenario: Scenario, ranges: Ranges, seed: number): void {
    clearTimeout(this.#settleTimer);
    const request = ++this.#requested;
    this.pending = true;
    this.#settleTimer = setTimeout(
      () => this.#start(request, scenario, ranges, seed),
      this.#timing.settleMs,
    );
  }

  #start(request: number, scenario: Scenario, ranges: Ranges, seed: number): void {
    let latest: SimulationProgress = { done: 0, total: 0 };
    let slow = false;
    const slowTimer = setTimeout(() => {
      slow = true;
      this.progress = latest;
    }, this.#timing.slowMs);
    const onProgress = (progress: SimulationProgress) => {
      latest = progress;
      if (slow) this.progress = progress;
    };
    // An outcome that arrives while a newer request waits for typing to settle
    // is shown, but the panel stays busy until the newer one's arrives.
    const finish = () => {
      clearTimeout(slowTimer);
      this.progress = null;
      if (request === this.#requested) this.pending = false;
    };
    this.#client.run(scenario, ranges, { seed }, onProgress).then(
      (outcome) => {
        this.outcome = outcome;
        this.error = null;
        finish();
      },
      (error: unknown) => {
        // A replaced run says nothing: the run that replaced it will.
        if (error instanceof SimulationCancelledError) {
          clearTimeout(slowTimer);
          return;
        }
        this.error = error instanceof Error ? error.message : String(error);
        finish();
      },
    );
  }

  /** Stops any run and forgets the last outcome (no input has a range any more). */
  clear(): void {
    clearTimeout(this.#settleTimer);
    this.#requested += 1;
    this.#client.cancel();
    this.progress = null;
    this.pending = false;
    this.outcome = null;
    this.error = null;
  }

  /** Stops any run and the worker. */
  dispose(): void {
    this.clear();
    this.#client.dispose();
  }
}
