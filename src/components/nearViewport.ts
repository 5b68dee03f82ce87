/**
 * Deferred work for parts of the page that are not on screen at first: the
 * charts and "how sure" below the inputs on a phone, the printed summary.
 * Creating them while the page loads would keep it from answering a tap or a
 * key for a good part of a second on a slow phone; they come instead when the
 * person gets near them, or once the page has been quiet a while, so that
 * whoever never scrolls (a screen reader's heading list, find in page) still
 * gets them.
 */
import type { Attachment } from 'svelte/attachments';

/** How far ahead of the viewport a part starts loading, so it is ready when it scrolls in. */
const NEAR_MARGIN = '800px';

/** Runs `work` once the browser is idle (at most `timeout` ms later). */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}

/**
 * Runs `work` once, when the element comes within NEAR_MARGIN of the viewport,
 * or when the page has been quiet for `quietMs` (then at the next idle moment).
 * Without IntersectionObserver it runs at once.
 */
export function whenNear(work: () => void, quietMs = 3000): Attachment<Element> {
  return (element) => {
    if (typeof IntersectionObserver !== 'function') {
      work();
      return;
    }
    let done = false;
    let cancelIdle = () => {};
    const run = () => {
      if (done) return;
      done = true;
      stop();
      work();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) run();
      },
      { rootMargin: `${NEAR_MARGIN} 0px` },
    );
    observer.observe(element);
    const quiet = setTimeout(() => (cancelIdle = whenIdle(run)), quietMs);
    function stop() {
      observer.disconnect();
      clearTimeout(quiet);
      cancelIdle();
    }
    return stop;
  };
}

/**
 * Resolves in a task of its own, after every earlier caller's: work done after
 * it (drawing one chart) never shares a long task with the next caller's.
 */
let queue: Promise<void> = Promise.resolve();
export function nextTurn(): Promise<void> {
  const turn = queue.then(
    () =>
      new Promise<void>((resolve) => {
        const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
        if (typeof scheduler?.yield === 'function') scheduler.yield().then(resolve, resolve);
        else setTimeout(resolve, 0);
      }),
  );
  queue = turn;
  return turn;
}
