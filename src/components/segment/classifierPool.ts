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

/** The part of a Worker the pool uses, so that tests can stand in for one. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** Below this many rows one worker does them all: sharing would cost more than it saves. */
export const SHARE_FROM_ROWS = 500;

/** At most this many workers, however many cores: the page needs one of its own. */
const MAX_WORKERS = 2;

interface PooledWorker {
  ask(inquiries: Inquiry[]): Promise<ClassifyResponse['rows']>;
  terminate(): void;
}

let nextId = 1;

/** A worker with its requests in flight, each answered (or failed) by its id. */
function pooled(worker: WorkerLike): PooledWorker {
  type Waiting = { resolve(rows: ClassifyResponse['rows']): void; reject(error: Error): void };
  const waiting = new Map<number, Waiting>();
  let failure: Error | null = null;
  const fail = (event: Event) => {
    event.preventDefault();
    failure = new Error('The worker that suggests weights could not run.');
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  worker.addEventListener('message', (event) => {
    const { id, rows } = (event as MessageEvent<ClassifyResponse>).data;
    waiting.get(id)?.resolve(rows);
    waiting.delete(id);
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

/** The classifier's Web Worker, bundled by Vite as a module worker. */
const startBrowserWorker = (): WorkerLike =>
  new Worker(new URL('./classify.worker.ts', import.meta.url), { type: 'module' });

export interface ClassifierPool {
  /** Starts the workers, if they are not running, so the rules are ready when the rows come. */
  start(): void;
  /**
   * The inquiries with their signals and suggested weights, in order; shared
   * between the workers in contiguous parts. Rejects when a worker cannot run.
   */
  classifyAll(inquiries: readonly Inquiry[]): Promise<ClassifiedInquiry[]>;
}

/**
 * A pool of up to two workers (fewer on a single core).
 *
 * @example
 * const pool = createClassifierPool();
 * await pool.classifyAll([{ text: 'Still waiting for a callback.', topic: '', date: '', firstMessage: '' }])
 * // => [{ text: 'Still waiting…', …, signals: [{ id: 'repeatContact', … }], suggested: 'loaded' }]
 */
export function createClassifierPool(
  startWorker: () => WorkerLike = startBrowserWorker,
  cores: number = globalThis.navigator?.hardwareConcurrency || MAX_WORKERS,
): ClassifierPool {
  let workers: PooledWorker[] = [];
  const stop = () => {
    for (const worker of workers) worker.terminate();
    workers = [];
  };
  const start = () => {
    if (workers.length > 0) return;
    try {
      for (let i = 0; i < Math.min(MAX_WORKERS, cores); i += 1) {
        workers.push(pooled(startWorker()));
      }
    } catch {
      stop(); // no worker can start here: the next request says so
    }
  };
  return {
    start,
    async classifyAll(inquiries) {
      start();
      if (workers.length === 0) throw new Error('No worker can start on this page.');
      const parts = inquiries.length < SHARE_FROM_ROWS ? 1 : workers.length;
      const size = Math.ceil(inquiries.length / parts);
      // Plain copies: the page's reactive proxies cannot cross to a worker.
      const plain = inquiries.map(({ text, topic, date, firstMessage }) => ({
        text,
        topic,
        date,
        firstMessage,
      }));
      try {
        // Each part is joined to its answers as they arrive, in that answer's own task,
        // so the last one to arrive leaves the page only the drawing to do.
        const answered = await Promise.all(
          workers.slice(0, parts).map(async (worker, part) => {
            const asked = plain.slice(part * size, (part + 1) * size);
            const answers = await worker.ask(asked);
            return asked.map((inquiry, index) => ({ ...inquiry, ...answers[index] }));
          }),
        );
        return answered.flat();
      } catch (error) {
        stop();
        throw error;
      }
    },
  };
}

/** The page's pool. */
const pagePool = createClassifierPool();
export const startClassifiers = (): void => pagePool.start();
export const classifyAll = (inquiries: readonly Inquiry[]): Promise<ClassifiedInquiry[]> =>
  pagePool.classifyAll(inquiries);
