/**
 * Suggesting a weight for every inquiry off the page's main thread: the rows
 * are shared between Web Workers (classify.worker.ts), one per core up to
 * two, so a 10,000-row export is sorted on both cores of a small laptop while
 * the page keeps answering the keyboard. The workers start when the owner
 * turns to bringing inquiries in, and compile the word rules then.
 *
 * Where a worker cannot start or fails (its script did not arrive), the
 * request fails like any code fetched on demand: the page says so, and the
 * next request starts new workers.
 */
import type { ClassifiedInquiry, Inquiry } from '../../model/segment/types';

export interface ClassifyRequest {
  id: number;
  inquiries: Inquiry[];
}

export interface ClassifyResponse {
  id: number;
  rows: Pick<ClassifiedInquiry, 'signals' | 'suggested'>[];
}

/** Below this many rows one worker does them all: sharing would cost more than it saves. */
export const SHARE_FROM_ROWS = 500;

interface PooledWorker {
  ask(inquiries: Inquiry[]): Promise<ClassifyResponse['rows']>;
  terminate(): void;
}

let nextId = 1;

function startWorker(): PooledWorker {
  const worker = new Worker(new URL('./classify.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<
    number,
    { resolve(rows: ClassifyResponse['rows']): void; reject(error: Error): void }
  >();
  let failure: Error | null = null;
  const fail = (event: Event) => {
    event.preventDefault();
    failure = new Error('The worker that suggests weights could not run.');
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  worker.addEventListener('message', ({ data }: MessageEvent<ClassifyResponse>) => {
    waiting.get(data.id)?.resolve(data.rows);
    waiting.delete(data.id);
  });
  return {
    ask(inquiries) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, inquiries } satisfies ClassifyRequest);
      });
    },
    terminate: () => worker.terminate(),
  };
}

let pool: PooledWorker[] = [];

/** Starts the workers, if they are not running, so the rules are ready when the rows come. */
export function startClassifiers(): void {
  if (pool.length > 0) return;
  const cores = navigator.hardwareConcurrency || 2;
  try {
    for (let i = 0; i < Math.min(2, cores); i += 1) pool.push(startWorker());
  } catch {
    stopClassifiers(); // no worker can start here: the next request says so
  }
}

function stopClassifiers(): void {
  for (const worker of pool) worker.terminate();
  pool = [];
}

/**
 * The inquiries with their signals and suggested weights, in order; shared
 * between the workers in contiguous parts. Rejects when a worker cannot run.
 *
 * @example
 * await classifyAll([{ text: 'Still waiting for a callback.', topic: '', date: '', firstMessage: '' }])
 * // => [{ text: 'Still waiting…', …, signals: [{ id: 'repeatContact', … }], suggested: 'loaded' }]
 */
export async function classifyAll(inquiries: readonly Inquiry[]): Promise<ClassifiedInquiry[]> {
  startClassifiers();
  if (pool.length === 0) throw new Error('No worker can start on this page.');
  const parts = inquiries.length < SHARE_FROM_ROWS ? 1 : pool.length;
  const size = Math.ceil(inquiries.length / parts);
  // Plain copies: the page's reactive proxies cannot cross to a worker.
  const plain = inquiries.map(({ text, topic, date, firstMessage }) => ({
    text,
    topic,
    date,
    firstMessage,
  }));
  try {
    const answers = await Promise.all(
      pool
        .slice(0, parts)
        .map((worker, part) => worker.ask(plain.slice(part * size, (part + 1) * size))),
    );
    return answers.flat().map((answer, index) => ({ ...plain[index], ...answer }));
  } catch (error) {
    stopClassifiers();
    throw error;
  }
}
