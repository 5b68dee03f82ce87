/**
 * The worker that suggests each inquiry's weight, so that thousands of rows
 * are sorted off the page's main thread (see classifierPool.ts): a thin
 * binding of classifyHandler.ts to the worker's scope. It compiles the word
 * rules as it starts, while the owner is still choosing a file.
 */
import type { ClassifyRequest, ClassifyResponse } from './classifierPool';
import { answerClassifyRequest, warmUpClassifier } from './classifyHandler';

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: ClassifyResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ClassifyRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

warmUpClassifier();
scope.addEventListener('message', ({ data }) => scope.postMessage(answerClassifyRequest(data)));
