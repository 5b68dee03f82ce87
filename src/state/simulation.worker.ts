/**
 * The simulation's Web Worker: a thin binding of `createSimulationMessageHandler`
 * to the worker's scope, so that 10,000 draws never stall typing.
 */
import { createSimulationMessageHandler } from './simulationHandler';
import type { SimulationMessage, SimulationResponse } from './simulationHandler';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: SimulationResponse, transfer: Transferable[]): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SimulationMessage>) => void,
  ): void;
}
const scope = self as unknown as WorkerScope;

// A message on a private channel is a task without the 4 ms clamp of nested timers:
// between chunks it lets a newer request in at almost no cost.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const pause = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const onMessage = createSimulationMessageHandler(
  (response, transfer) => scope.postMessage(response, transfer ?? []),
  pause,
);
scope.addEventListener('message', (event) => onMessage(event.data));
