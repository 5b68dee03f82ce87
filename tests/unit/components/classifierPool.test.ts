import { describe, expect, it, vi } from 'vitest';
import { classifyInquiry } from '../../../src/model/segment/classify';
import type { Inquiry } from '../../../src/model/segment/types';
import {
  createClassifierPool,
  SHARE_FROM_ROWS,
  type ClassifyRequest,
  type WorkerLike,
} from '../../../src/components/segment/classifierPool';
import { answerClassifyRequest } from '../../../src/components/segment/classifyHandler';

const inquiry = (text: string): Inquiry => ({ text, topic: '', date: '', firstMessage: '' });
const TEXTS = ['Third time I have asked: nobody has called back.', 'Can I book a visit?'];
const many = (count: number) =>
  Array.from({ length: count }, (_, i) => inquiry(`${TEXTS[i % 2]} (ref ${i + 1})`));

/**
 * A worker that answers as classify.worker.ts does (messages cloned as a
 * worker's are), a task later, and records
 * the requests it was sent; `fail()` makes it report an error as a Worker does.
 */
function fakeWorker() {
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const received: ClassifyRequest[] = [];
  const emit = (type: string, event: Event) =>
    listeners.get(type)?.forEach((listener) => listener(event));
  const worker = {
    received,
    terminate: vi.fn(),
    addEventListener(type: string, listener: (event: Event) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    postMessage(request: ClassifyRequest) {
      received.push(request);
      setTimeout(() => {
        const data = structuredClone(answerClassifyRequest(structuredClone(request)));
        emit('message', new MessageEvent('message', { data }));
      }, 0);
    },
    fail: () => emit('error', new Event('error', { cancelable: true })),
  };
  return worker;
}

type FakeWorker = ReturnType<typeof fakeWorker>;

/** A pool whose workers are fakes, kept in `started` in the order they were started. */
function fakePool(cores = 2, answer = true) {
  const started: FakeWorker[] = [];
  const pool = createClassifierPool(() => {
    const worker = fakeWorker();
    if (!answer) worker.postMessage = (request) => void worker.received.push(request);
    started.push(worker);
    return worker as unknown as WorkerLike;
  }, cores);
  return { pool, started };
}

describe(createClassifierPool, () => {
  it('gives every inquiry the signals and suggestion the model gives it, in order', async () => {
    const { pool } = fakePool();
    const inquiries = many(1_200);
    expect(await pool.classifyAll(inquiries)).toEqual(inquiries.map(classifyInquiry));
  });

  it('shares a large set between two workers in contiguous halves', async () => {
    const { pool, started } = fakePool();
    const inquiries = many(1_201);
    await pool.classifyAll(inquiries);
    expect(started).toHaveLength(2);
    // 1,201 rows: parts of ceil(1,201 / 2) = 601, then the 600 left.
    expect(started[0].received[0].inquiries).toEqual(inquiries.slice(0, 601));
    expect(started[1].received[0].inquiries).toEqual(inquiries.slice(601));
  });

  it('gives a small set to one worker, and starts only one on a single core', async () => {
    const small = fakePool();
    await small.pool.classifyAll(many(SHARE_FROM_ROWS - 1));
    expect(small.started.map((worker) => worker.received.length)).toEqual([1, 0]);

    const single = fakePool(1);
    const inquiries = many(SHARE_FROM_ROWS * 2);
    expect(await single.pool.classifyAll(inquiries)).toEqual(inquiries.map(classifyInquiry));
    expect(single.started).toHaveLength(1);
  });

  it('sends plain copies, which a reactive proxy is not', async () => {
    const { pool, started } = fakePool();
    const proxied = new Proxy({ ...inquiry('Hello'), extra: 'kept out' }, {});
    await pool.classifyAll([proxied]);
    expect(started[0].received[0].inquiries).toEqual([inquiry('Hello')]);
  });

  it('rejects when a worker fails, and starts new workers for the next request', async () => {
    const { pool, started } = fakePool(2, false);
    const asked = pool.classifyAll(many(10));
    await vi.waitFor(() => expect(started[0].received).toHaveLength(1));
    started[0].fail();
    await expect(asked).rejects.toThrow('could not run');
    expect(started.every((worker) => worker.terminate.mock.calls.length === 1)).toBe(true);

    const again = pool.classifyAll(many(10));
    expect(started).toHaveLength(4);
    started[2].fail();
    await expect(again).rejects.toThrow('could not run');
  });

  it('rejects at once when a worker failed before it was asked (its script never came)', async () => {
    const { pool, started } = fakePool();
    pool.start();
    started[0].fail();
    await expect(pool.classifyAll(many(10))).rejects.toThrow('could not run');
  });

  it('says so when no worker can start at all', async () => {
    const pool = createClassifierPool(() => {
      throw new Error('Workers are not allowed here.');
    });
    await expect(pool.classifyAll(many(3))).rejects.toThrow('No worker can start');
  });
});
